using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// What keeping nothing in the browser costs a reader moving from page to page: the requests Chromium makes over five
/// page views under today's policy (no-store) and under the one before it (pages revalidated, fingerprinted files
/// kept for a year), each in a fresh profile, and what each leaves in the HTTP cache. The bytes for a published site
/// are bench/run's ("five page views"), in bench/README.md.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class ReaderCostTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly string[] FivePages = ["/", "/learn", "/statistics", "/definitions", "/safety"];

    [Fact]
    public async Task Without_a_browser_cache_five_page_views_make_the_same_requests_none_from_the_cache()
    {
        using var before = new SiteWithBrowserCaching();

        var noStore = await ReadFivePagesAsync(site.Playwright, site.Address);
        var cached = await ReadFivePagesAsync(site.Playwright, before.Address);

        // Bytes here are a build's (its static files are not compressed as a published site's are): bench/README.md's
        // figures come from a published build (bench/run, "five page views").
        output.WriteLine($"no-store:         {noStore}");
        output.WriteLine($"browser caching:  {cached}");
        Assert.False(noStore.CacheNamesSite, "no-store leaves nothing of the site in the HTTP cache");
        Assert.True(cached.CacheNamesSite, "the earlier policy did, so the search would see it");
        Assert.Equal(cached.Requests, noStore.Requests);
        Assert.Equal(0, noStore.FromCache);
        // What no-store gives up: the stylesheet and the script, fetched again on views 2 to 5.
        Assert.Equal(2 * (FivePages.Length - 1), cached.FromCache);
    }

    /// <summary>
    /// One TCP initial window (10 segments of 1,460 bytes) and a few requests: bench/run's first_view, for the longest
    /// pages (/es/learn was 15,335 bytes while site.css and site.js were served with their comments).
    /// </summary>
    [Theory]
    [InlineData("/es/learn")]
    [InlineData("/es/definitions")]
    [InlineData("/learn")]
    public async Task A_first_view_arrives_in_one_round_trip_of_the_network(string path)
    {
        const int budgetBytes = 14_600, budgetRequests = 4;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        client.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");
        var (pageBytes, html) = await FetchAsync(client, new Uri(site.Address, path));
        var document = new HtmlParser().ParseDocument(html);
        var files = document
            .QuerySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href], script[src], img[src]")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .Where(url => url.StartsWith('/') && !url.StartsWith("//"))
            .Distinct()
            .ToList();

        var total = pageBytes;
        foreach (var file in files)
        {
            var (bytes, _) = await FetchAsync(client, new Uri(site.Address, file));
            output.WriteLine($"{file}: {bytes:N0} bytes");
            total += bytes;
        }

        output.WriteLine($"{path}: {total:N0} bytes in {files.Count + 1} requests ({pageBytes:N0} for the page)");
        Assert.True(total <= budgetBytes && files.Count + 1 <= budgetRequests,
            $"{path}'s first view is {total:N0} bytes in {files.Count + 1} requests, " +
            $"over {budgetBytes:N0} bytes in {budgetRequests}");
    }

    /// <summary>
    /// What one response costs a published site's reader: its header lines and its Brotli body. A build precompresses
    /// its static files with gzip alone (publish adds Brotli), so a gzip body is measured as Brotli at the quality
    /// publish uses (11); pages the site compresses itself arrive as Brotli already.
    /// </summary>
    private static async Task<(long Bytes, string Text)> FetchAsync(HttpClient client, Uri url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var plain = encoding switch
        {
            "br" => Decompress(body, stream => new BrotliStream(stream, CompressionMode.Decompress)),
            "gzip" => Decompress(body, stream => new GZipStream(stream, CompressionMode.Decompress)),
            _ => body,
        };
        var brotli = encoding == "br" ? body : Brotli(plain);
        var headers = response.Headers.Concat(response.Content.Headers)
            .Sum(header => Encoding.ASCII.GetByteCount($"{header.Key}: {string.Join(", ", header.Value)}\r\n"));
        var statusLine = Encoding.ASCII.GetByteCount(
            $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n\r\n");
        return (statusLine + headers + brotli.Length, Encoding.UTF8.GetString(plain));
    }

    private static byte[] Decompress(byte[] body, Func<Stream, Stream> decompressor)
    {
        using var from = decompressor(new MemoryStream(body));
        using var to = new MemoryStream();
        from.CopyTo(to);
        return to.ToArray();
    }

    private static byte[] Brotli(byte[] plain)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        Assert.True(BrotliEncoder.TryCompress(plain, output, out var written, quality: 11, window: 22));
        return output[..written];
    }

    private static async Task<Cost> ReadFivePagesAsync(IPlaywright playwright, Uri address)
    {
        var profile = Directory.CreateTempSubdirectory("hta-cost-");
        try
        {
            var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName,
                new BrowserTypeLaunchPersistentContextOptions
                {
                    ExecutablePath = BrowserSite.ChromiumPath,
                    Headless = true,
                    Args = BrowserSite.ChromiumArgs,
                    ViewportSize = new ViewportSize { Width = 360, Height = 740 },
                });
            var (bytes, requests, fromCache) = (0L, 0, 0);
            try
            {
                var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
                var devtools = await browser.NewCDPSessionAsync(page);
                devtools.Event("Network.requestWillBeSent").OnEvent += (_, _) => requests++;
                devtools.Event("Network.requestServedFromCache").OnEvent += (_, _) => fromCache++;
                devtools.Event("Network.loadingFinished").OnEvent += (_, e) =>
                    bytes += (long)(e?.GetProperty("encodedDataLength").GetDouble() ?? 0);
                await devtools.SendAsync("Network.enable");
                foreach (var path in FivePages)
                {
                    await page.GotoAsync(new Uri(address, path).ToString(),
                        new() { WaitUntil = WaitUntilState.NetworkIdle });
                }
            }
            finally
            {
                await browser.CloseAsync();
            }

            var cache = Path.Combine(profile.FullName, "Default", "Cache");
            var namesSite = Directory.Exists(cache) && Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories)
                .Any(file => File.ReadAllBytes(file).AsSpan().IndexOf(Encoding.UTF8.GetBytes(address.Authority)) >= 0);
            return new Cost(bytes, requests, fromCache, namesSite);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private sealed record Cost(long Bytes, int Requests, int FromCache, bool CacheNamesSite)
    {
        public override string ToString() =>
            $"{Bytes:N0} bytes received in {Requests} requests ({FromCache} from the browser's cache); cache names " +
                $"the site: {CacheNamesSite}";
    }

    /// <summary>
    /// The site as it was before no-store, for comparison: pages revalidated by the browser on every view
    /// (public, max-age=0) and static files kept for a year, as a published build serves them.
    /// </summary>
    private sealed class SiteWithBrowserCaching : SiteFactory
    {
        public SiteWithBrowserCaching()
        {
            UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
            StartServer();
            var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            Address = new Uri(addresses.First());
        }

        public Uri Address { get; }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, EarlierPolicy>());
        }

        private sealed class EarlierPolicy : IStartupFilter
        {
            // Outermost, so its callback runs last and has the last word over the site's own policy.
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, inner) =>
                {
                    context.Response.OnStarting(() =>
                    {
                        var headers = context.Response.Headers;
                        if (headers.ContainsKey("CDN-Cache-Control"))
                        {
                            headers.CacheControl = Path.HasExtension(context.Request.Path.Value)
                                ? "public, max-age=31536000, immutable"
                                : "public, max-age=0, s-maxage=60";
                            headers.Remove("CDN-Cache-Control");
                            headers.Remove("Surrogate-Control");
                        }

                        return Task.CompletedTask;
                    });
                    return inner(context);
                });
                next(app);
            };
        }
    }
}
