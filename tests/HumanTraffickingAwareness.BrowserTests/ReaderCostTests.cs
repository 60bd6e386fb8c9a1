using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
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
