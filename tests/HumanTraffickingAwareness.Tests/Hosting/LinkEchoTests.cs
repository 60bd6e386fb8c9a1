using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// No part of a request is ever written into a link: whatever path a reader or attacker asks for, every page answers
/// with links to this site and to the outside addresses its editors wrote, never to a host taken from the request.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class LinkEchoTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    private static readonly Uri Site = new("http://localhost/");

    [Theory]
    [InlineData("/es//evil.example/x")]
    [InlineData("/es/\\evil.example/x")]
    [InlineData("/es/\\\\evil.example")]
    [InlineData("//evil.example/x")]
    [InlineData("/es/%2F%2Fevil.example")]
    public async Task The_language_switch_leads_to_a_real_page_never_to_the_requested_path(string path)
    {
        var (status, html) = await SendAsync(path);
        var document = await Html.ParseAsync(html);

        Assert.True(status is 404, $"{path} answered {status}");
        var switchLinks = document.QuerySelectorAll(".language-switch a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(switchLinks);
        // Each language's home page: /es, or the first page of a language with only some (/ar/help).
        Assert.All(switchLinks,
            href => Assert.Contains(href,
            new[] { "/", "/es", "/ar/help", "/bs/help", "/de/help", "/vi/help", "/zh-hans/help" }));
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task A_doubled_language_folder_is_not_offered_as_another_languages_version()
    {
        var (status, html) = await SendAsync("/es/es/learn");
        var document = await Html.ParseAsync(html);

        Assert.Equal(404, status);
        Assert.DoesNotContain(document.QuerySelectorAll("main a"),
            a => a.GetAttribute("href") == "/es/learn" && a.GetAttribute("hreflang") == "en");
        Assert.Equal("/", document.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_missing_in_one_language_is_switched_to_that_languages_home_page()
    {
        var (_, html) = await SendAsync("/es/no-such-page");
        var document = await Html.ParseAsync(html);

        Assert.Equal("/", document.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_fuzz_of_request_paths_and_hosts_never_yields_a_link_to_another_host()
    {
        var allowed = await AllowedHostsAsync();
        var random = new Random(14);
        string[] pieces = ["/", "//", "\\", "\\\\", "es", "es/", "/es/", "evil.example", "@evil.example", "%2f",
            "%2F%2F", "%5c", "..", ".",
            "learn", "statistics", ":", "http:", "https:", "javascript:", "?", "#", "%00", "é", "ü", "🙂", "ا", "中", " ",
                "%20", "'", "\"", "<", ">"];
        for (var i = 0; i < 1500; i++)
        {
            var path = new StringBuilder("/");
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                path.Append(random.Next(6) == 0 ? (char)random.Next(0x21, 0x7f) : pieces[random.Next(pieces.Length)]);
            }

            var host = random.Next(3) == 0 ? $"evil{i}.example" : null;
            var (status, html) = await SendAsync(path.ToString(), host);
            Assert.True(status < 500, $"{path} answered {status}");
            var document = await Html.ParseAsync(html);
            foreach (var element in document.QuerySelectorAll("[href], [src], [action], [content^='http'], " +
                "[content^='//']"))
            {
                var value = element.GetAttribute("href") ?? element.GetAttribute("src")
                    ?? element.GetAttribute("action") ?? element.GetAttribute("content")!;
                var target = Resolve(path.ToString(), value);
                Assert.True(target is null || allowed.Contains(target.Host),
                    $"{path} (Host {host ?? "localhost"}) links to {value} in <{element.LocalName}>");
            }
        }
    }

    /// <summary>The host a browser would go to for this link on this page; null for tel:, mailto:, sms: and the
    /// like.</summary>
    private static Uri? Resolve(string pagePath, string value)
    {
        var trimmed = value.Trim();
        var page = new Uri(Site, Uri.EscapeDataString(pagePath.TrimStart('/')));
        if (!Uri.TryCreate(page, trimmed.Replace('\\', '/'), out var target))
        {
            return null;
        }

        return target.Scheme is "http" or "https" ? target : null;
    }

    /// <summary>This site's host and every outside host its published pages link to as written by the
    /// editors.</summary>
    private async Task<HashSet<string>> AllowedHostsAsync()
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Site.Host };
        var snapshot =
            site.Services.GetRequiredService<HumanTraffickingAwareness.Content.Loading.LiveSnapshot>().Current;
        foreach (var url in snapshot.PagesByUrl.Keys)
        {
            var (_, html) = await SendAsync(url);
            var document = await Html.ParseAsync(html);
            foreach (var link in document.QuerySelectorAll("a[href^='http']"))
            {
                hosts.Add(new Uri(link.GetAttribute("href")!).Host);
            }
        }

        return hosts;
    }

    /// <summary>Sends the path exactly as given (backslashes, unicode, raw percent signs), as a hostile client
    /// could.</summary>
    private async Task<(int Status, string Body)> SendAsync(string path, string? host = null)
    {
        var context = await site.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = new PathString(path);
            c.Request.Host = new HostString(host ?? "localhost");
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }
}
