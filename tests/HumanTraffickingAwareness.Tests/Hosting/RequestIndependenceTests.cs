using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Pages;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// What a request carries (its Host header, path, query) cannot change a page's bytes, grow the server's memory or
/// make the site render a page more than once per content version.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class RequestIndependenceTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly CountingSite _site;

    public RequestIndependenceTests()
    {
        _site = new CountingSite(_content.Root);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await _site.CreatePlainClient().SendAsync(request);
    }

    [Fact]
    public async Task A_made_up_host_header_changes_no_byte_of_a_page()
    {
        var honest = await (await GetAsync("/learn")).Content.ReadAsStringAsync();

        var forged = await GetAsync("/learn", host: "evil.example");
        var body = await forged.Content.ReadAsStringAsync();

        Assert.Equal(honest, body);
        Assert.DoesNotContain("evil.example", body);
        var document = await Html.ParseAsync(body);
        Assert.Equal("http://localhost/learn", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sitemap_and_robots_are_built_on_the_public_address_not_the_host_header()
    {
        var sitemap = await (await GetAsync("/sitemap.xml", host: "evil.example")).Content.ReadAsStringAsync();
        var robots = await (await GetAsync("/robots.txt", host: "evil.example")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", sitemap);
        Assert.Contains("<loc>http://localhost/learn</loc>", sitemap);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Ten_thousand_requests_with_distinct_hosts_paths_and_queries_keep_one_cached_copy_per_page()
    {
        var cache = _site.Services.GetRequiredService<PageCache>();
        var published = _site.Services.GetRequiredService<HumanTraffickingAwareness.Content.Loading.LiveSnapshot>()
            .Current.PagesByUrl.Count;
        string[] shapes = ["/learn?v={0}", "/LEARN/?v={0}", "/learn/", "/statistics?utm={0}", "/nothing-{0}",
            "/es/learn?{0}", "/definitions#x{0}"];
        var etag = (await GetAsync("/learn")).Headers.ETag!.Tag;
        var rendersBefore = _site.Renders;

        var client = _site.CreatePlainClient();
        for (var i = 0; i < 10_000; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, string.Format(shapes[i % shapes.Length], i));
            request.Headers.Host = $"host-{i}.example";
            using var response = await client.SendAsync(request);
            if (i % shapes.Length == 1)
            {
                // The wrong case is sent to the page's own address (Hosting/PageAddressCase.cs), never to the host
                // asked for.
                Assert.Equal($"/learn?v={i}", response.Headers.Location?.OriginalString);
                continue;
            }

            Assert.True((int)response.StatusCode is 200 or 404, $"request {i} answered {(int)response.StatusCode}");
        }

        Assert.InRange(cache.Count, 1, published);
        // /statistics, /es/learn and /definitions were each rendered once (and /learn not again), whatever host, slash
        // or query came with them.
        Assert.Equal(3, _site.Renders - rendersBefore);
        Assert.Equal(4, cache.Count);
        var after = await GetAsync("/learn", host: "yet-another.example");
        Assert.Equal(etag, after.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Simultaneous_first_views_of_a_page_render_it_once()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => GetAsync("/learn")));

        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.ETag!.Tag).Distinct());
        Assert.Equal(1, _site.Renders);
    }

    [Fact]
    public async Task A_very_large_page_is_served_whole_and_compressed()
    {
        // A page file is at most 128 KB (Content/Files/TextFileReader.cs): charts and rates of figures make it
        // megabytes of HTML.
        var paragraph = "Words that repeat in no fixed order. ";
        var random = new Random(7);
        var body = new StringBuilder("---\ntitle: Long\ndescription: A very long page\n---\n");
        while (body.Length < 120_000)
        {
            body.Append(paragraph.AsSpan(random.Next(paragraph.Length))).Append(random.Next())
                .Append("\n\n{{ statistics chart us }}\n\n{{ statistics rates }}\n\n");
        }

        _content.Write("long.md", body.ToString());
        await Eventually.ReturnsAsync(() => GetAsync("/long"), r => r.IsSuccessStatusCode, "the long page");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/long");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var compressed = await _site.CreatePlainClient().SendAsync(request);

        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        using var decoded =
            new StreamReader(new System.IO.Compression.BrotliStream(await compressed.Content.ReadAsStreamAsync(),
            System.IO.Compression.CompressionMode.Decompress));
        var html = await decoded.ReadToEndAsync();
        Assert.True(html.Length > 4_000_000, $"the whole page: {html.Length:N0} characters");
        Assert.EndsWith("</html>", html.TrimEnd());
    }

    /// <summary>The site on its own content, counting how often a content page is really rendered.</summary>
    private sealed class CountingSite(string contentPath) : SiteFactory(contentPath)
    {
        private int _renders;

        public int Renders => Volatile.Read(ref _renders);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.Configure<MvcOptions>(options => options.Filters.Add(new RenderCounter(this))));
        }

        private sealed class RenderCounter(CountingSite site) : IAsyncPageFilter
        {
            public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

            public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context,
                PageHandlerExecutionDelegate next)
            {
                var executed = await next();
                if (executed.HandlerInstance is HumanTraffickingAwareness.Pages.ArticlePageModel
                    && executed.HttpContext.Response.StatusCode == StatusCodes.Status200OK
                    && executed.Result is not StatusCodeResult)
                {
                    Interlocked.Increment(ref site._renders);
                }
            }
        }
    }
}
