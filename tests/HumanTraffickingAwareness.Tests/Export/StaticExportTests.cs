using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Export;

/// <summary>The exported site, served by nginx, is the server's site: same pages, same 404s, same headers, nothing
/// dangling.</summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
public sealed class StaticExportTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    private IEnumerable<string> PublishedPages() =>
        site.Server.Services.GetRequiredService<LiveSnapshot>().Current.PagesByUrl.Values.Where(p =>
            !p.FrontMatter.Draft).Select(p => p.Url);

    [Fact]
    public async Task Every_page_is_served_by_nginx_with_the_servers_very_bytes()
    {
        var server = site.Server.CreatePlainClient();
        foreach (var url in PublishedPages())
        {
            var exported = await site.Static.GetAsync(url);
            Assert.True((int)exported.StatusCode == 200, $"{url} answered {(int)exported.StatusCode} from the export");
            Assert.Equal(await (await server.GetAsync(url)).Content.ReadAsByteArrayAsync(),
                await exported.Content.ReadAsByteArrayAsync());
            Assert.StartsWith("text/html", exported.Content.Headers.ContentType!.ToString());
        }
    }

    [Fact]
    public async Task Every_exported_page_carries_the_servers_policy_in_a_meta_element_for_a_host_without_its_headers()
    {
        var header = (await site.Server.CreatePlainClient().GetAsync("/")).Headers.GetValues("Content-Security-Policy")
            .Single();
        foreach (var url in PublishedPages().Append("/no-such-page"))
        {
            var document = await Html.ParseAsync(await (await site.Static.GetAsync(url)).Content.ReadAsStringAsync());

            var policy =
                document.Head!.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.Equal(header.Replace("; frame-ancestors 'none'", "", StringComparison.Ordinal), policy);
            Assert.Equal("no-referrer", document.Head.QuerySelector("meta[name=referrer]")?.GetAttribute("content"));
        }
    }

    [Theory]
    [InlineData("/no-such-page", "Page not found", "en")]
    [InlineData("/es/no-such-page", "Página no encontrada", "es")]
    public async Task An_unknown_address_gets_the_not_found_page_of_its_language_with_the_hotline(string url,
        string heading, string language)
    {
        var (response, document) = await Html.GetAsync(site.Static, url);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal(heading, document.QuerySelector("h1")!.ReadableText());
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("a[href='tel:+18883737888']"));
    }

    [Fact]
    public async Task Every_link_and_asset_of_every_exported_page_resolves()
    {
        foreach (var url in PublishedPages())
        {
            var document = await Html.GetPageAsync(site.Static, url);
            var targets = document.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Select(v => v.StartsWith(ExportedSite.BaseUrl,
                    StringComparison.Ordinal) ? v[ExportedSite.BaseUrl.Length..] : v)
                .Where(v => v.StartsWith('/') && !v.StartsWith("//", StringComparison.Ordinal))
                .Select(v => v.Split('#')[0])
                .Where(v => v.Length > 0)
                .Distinct();
            foreach (var target in targets)
            {
                var response = await site.Static.GetAsync(target);
                Assert.True((int)response.StatusCode == 200, $"{target} on {url} answered {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("/learn")]
    [InlineData("/no-such-page")]
    [InlineData("/sitemap.xml")]
    [InlineData("/favicon.svg")]
    public async Task Nginx_sends_the_servers_security_headers(string url)
    {
        var exported = await site.Static.GetAsync(url);
        var served = await site.Server.CreatePlainClient().GetAsync(url);

        foreach (var name in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
            "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Resource-Policy" })
        {
            Assert.Equal(served.Headers.GetValues(name).Single().Replace("; upgrade-insecure-requests", ""),
                exported.Headers.GetValues(name).Single().Replace("; upgrade-insecure-requests", ""));
        }
    }

    [Theory]
    [InlineData("/learn", true)]
    [InlineData("/css/site.css", true)]
    [InlineData("/no-such-page", false)]
    public async Task Nginx_follows_the_servers_cache_policy_browsers_keep_nothing_and_a_cdn_no_errors(string url,
        bool cdnMayKeep)
    {
        var exported = await site.Static.GetAsync(url);

        Assert.Equal("no-store", exported.Headers.CacheControl!.ToString());
        Assert.Equal(cdnMayKeep, exported.Headers.Contains("CDN-Cache-Control"));
    }

    [Fact]
    public async Task Text_is_precompressed_and_served_compressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        var response = await site.Static.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(File.Exists(Path.Combine(site.SiteFolder, "learn", "index.html.br")));
    }

    [Theory]
    [InlineData("/_headers")]
    [InlineData("/nginx.conf")]
    [InlineData("/.human-trafficking-awareness-export")]
    public async Task The_hosts_own_files_are_not_served(string url)
    {
        Assert.Equal(404, (int)(await site.Static.GetAsync(url)).StatusCode);
    }

    [Fact]
    public void The_nginx_block_sits_beside_the_published_folder_where_no_static_host_serves_it()
    {
        // A plain static host (S3, GitHub Pages, python3 -m http.server) serves every file of the folder it is given.
        var published = Directory.EnumerateFiles(site.SiteFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.SiteFolder, f)).ToList();

        Assert.DoesNotContain("nginx.conf", published);
        Assert.Contains("index.html", published);
        var block = File.ReadAllText(Path.Combine(site.Folder, "nginx.conf"));
        Assert.Contains($"root {site.SiteFolder};", block);
    }

    [Fact]
    public void The_headers_file_carries_the_servers_headers()
    {
        var headers = File.ReadAllText(Path.Combine(site.SiteFolder, "_headers"));

        Assert.Contains("/*\n", headers);
        Assert.Contains("  X-Frame-Options: DENY\n", headers);
        Assert.Contains("  Strict-Transport-Security: max-age=63072000\n", headers);
    }
}

/// <summary>What the export refuses, and that a refused or failed export leaves the folder as it was.</summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
public sealed class ExportRefusalTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _target = Path.Combine(Path.GetTempPath(), "hta-export", Guid.NewGuid().ToString("n"),
        "public");

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(Path.GetDirectoryName(_target)))
        {
            Directory.Delete(Path.GetDirectoryName(_target)!, recursive: true);
        }
    }

    private async Task<(int Code, string Output)> ExportAsync(string? baseUrl = ExportedSite.BaseUrl)
    {
        var output = new StringWriter();
        var code = await ExportCommand.RunAsync([_target], output, ExportedSite.Settings(_content.Root, baseUrl));
        return (code, output.ToString());
    }

    [Fact]
    public async Task Without_a_public_address_the_export_says_which_setting_is_missing()
    {
        var (code, output) = await ExportAsync(baseUrl: null);

        Assert.Equal(1, code);
        Assert.Contains("Site__BaseUrl", output);
        Assert.False(Directory.Exists(_target));
    }

    [Fact]
    public async Task A_content_problem_stops_the_export_and_leaves_the_last_export_whole()
    {
        Assert.Equal(0, (await ExportAsync()).Code);
        var before = File.ReadAllText(Path.Combine(_target, ExportCommand.SiteFolder, "learn", "index.html"));
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who is Vulnerable?\n\n{{ hotline fax }}");
        _content.Replace("index.md", "You can help.", "You can help today.");

        var (code, output) = await ExportAsync();

        Assert.Equal(1, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("content/learn.md:") && l.Contains("fax"));
        Assert.Equal(before, File.ReadAllText(Path.Combine(_target, ExportCommand.SiteFolder, "learn", "index.html")));
        Assert.DoesNotContain("You can help today.",
            File.ReadAllText(Path.Combine(_target, ExportCommand.SiteFolder, "index.html")));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_target)!, ".*staging*"));
    }

    [Fact]
    public async Task A_file_named_as_the_folder_is_refused_and_kept()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
        File.WriteAllText(_target, "notes");

        var (code, output) = await ExportAsync();

        Assert.Equal(1, code);
        Assert.Contains("is a file", output);
        Assert.Equal("notes", File.ReadAllText(_target));
    }

    [Fact]
    public async Task A_folder_that_is_not_an_earlier_export_is_never_replaced()
    {
        Directory.CreateDirectory(_target);
        File.WriteAllText(Path.Combine(_target, "thesis.docx"), "years of work");

        var (code, output) = await ExportAsync();

        Assert.Equal(1, code);
        Assert.Contains("not an earlier export", output);
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(_target, "thesis.docx")));
    }
}
