using System.Net;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Export;

/// <summary>
/// Where the export served by nginx used to differ from the server: compression, headers by kind of file, cache
/// lifetimes, content types, a wrong-case address, and a page not translated. Each now answers as the server does.
/// </summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
public sealed class ExportParityTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    private static HttpRequestMessage Gzip(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        return request;
    }

    /// <summary>The stylesheet's fingerprinted address, as the pages name it.</summary>
    private async Task<string> FingerprintedStylesheetAsync()
    {
        var document = await Html.GetPageAsync(site.Static, "/learn");
        return document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Single(href => href.StartsWith("/css/site.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/learn")]
    [InlineData("/css/site.css")]
    public async Task A_compressed_answer_tells_caches_it_depends_on_the_encoding(string url)
    {
        using var response = await site.Static.SendAsync(Gzip(url));

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/images/share.png")]
    [InlineData("/favicon.svg")]
    [InlineData("/learn")]
    [InlineData("/no-such-page")]
    public async Task Frame_and_permissions_headers_go_to_the_same_kinds_of_file_as_on_the_server(string url)
    {
        using var exported = await site.Static.GetAsync(url);
        using var served = await site.Server.CreatePlainClient().GetAsync(url);

        foreach (var name in new[] { "X-Frame-Options", "Permissions-Policy" })
        {
            Assert.True(served.Headers.Contains(name) == exported.Headers.Contains(name),
                $"{url}: {name} is {(served.Headers.Contains(name) ? "" : "not ")}sent by the server");
        }
    }

    [Fact]
    public async Task A_fingerprinted_file_may_be_kept_by_a_cdn_for_good_and_a_page_for_a_minute()
    {
        var stylesheet = await FingerprintedStylesheetAsync();

        using var asset = await site.Static.GetAsync(stylesheet);
        using var page = await site.Static.GetAsync("/learn");

        Assert.Equal("max-age=31536000, immutable", asset.Headers.GetValues("CDN-Cache-Control").Single());
        Assert.Equal("max-age=60", page.Headers.GetValues("CDN-Cache-Control").Single());
        var headers = File.ReadAllText(Path.Combine(site.SiteFolder, "_headers"));
        Assert.Contains($"{stylesheet}\n  CDN-Cache-Control: max-age=31536000, immutable\n", headers);
        Assert.Contains("/learn\n  CDN-Cache-Control: max-age=60\n", headers);
        // The rule for every address, an unknown one's 404 included, lets a CDN keep nothing.
        var everyAddress = headers.Split("\n/")[1];
        Assert.StartsWith("*\n", everyAddress);
        Assert.DoesNotContain("CDN-Cache-Control", everyAddress);
    }

    [Fact]
    public async Task Every_exported_file_has_the_servers_content_type()
    {
        var server = site.Server.CreatePlainClient();
        var urls = Directory.EnumerateFiles(site.Folder, "*", SearchOption.AllDirectories)
            .Select(path => "/" + Path.GetRelativePath(site.Folder, path).Replace('\\', '/'))
            .Where(url => !url.EndsWith(".gz", StringComparison.Ordinal) && !url.EndsWith(".br",
                StringComparison.Ordinal))
            .Where(url => !url.Contains("/_", StringComparison.Ordinal) && !url.Contains("/.",
                StringComparison.Ordinal) && url != "/nginx.conf")
            .Select(url => url.EndsWith("/index.html", StringComparison.Ordinal) ? url[..^"/index.html".Length] : url)
            .Select(url => url.Length == 0 ? "/" : url);
        foreach (var url in urls)
        {
            using var exported = await site.Static.GetAsync(url);
            using var served = await server.GetAsync(url);

            Assert.True(
                served.Content.Headers.ContentType?.ToString() == exported.Content.Headers.ContentType?.ToString(),
                $"{url}: the server says {served.Content.Headers.ContentType}, nginx " +
                    $"{exported.Content.Headers.ContentType}");
        }
    }

    [Theory]
    [InlineData("/LEARN", "/learn")]
    [InlineData("/Learn/", "/learn")]
    [InlineData("/ES/Learn", "/es/learn")]
    [InlineData("/Materials/Wallet-Cards", "/materials/wallet-cards")]
    public async Task A_page_address_in_the_wrong_case_is_sent_to_the_page_by_both(string url, string page)
    {
        using var exported = await site.Static.GetAsync(url);
        using var served = await site.Server.CreatePlainClient().GetAsync(url);

        foreach (var response in new[] { exported, served })
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(page, response.Headers.Location!.OriginalString);
            Assert.False(response.Headers.Contains("CDN-Cache-Control"), "a CDN keeps no redirect");
        }
    }

    [Theory]
    [InlineData("/de/learn")]
    [InlineData("/de/learn/")]
    [InlineData("/zh-hans/statistics")]
    public async Task A_page_not_translated_gets_the_servers_read_it_in_english_page_with_404(string url)
    {
        using var exported = await site.Static.GetAsync(url);
        using var served = await site.Server.CreatePlainClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, exported.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
        Assert.Equal(await served.Content.ReadAsByteArrayAsync(), await exported.Content.ReadAsByteArrayAsync());
        var redirects = File.ReadAllLines(Path.Combine(site.SiteFolder, "_redirects"));
        Assert.Contains($"{url.TrimEnd('/')}  {url.TrimEnd('/')}/index.html  404!", redirects);
    }

    [Fact]
    public async Task The_sitemap_has_the_servers_content_type()
    {
        using var exported = await site.Static.GetAsync("/sitemap.xml");

        Assert.Equal("application/xml; charset=utf-8", exported.Content.Headers.ContentType!.ToString());
    }
}
