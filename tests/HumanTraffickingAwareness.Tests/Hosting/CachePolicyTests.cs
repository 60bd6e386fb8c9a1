using System.Net.Http.Headers;
using HumanTraffickingAwareness.Tests.Infrastructure;
using HumanTraffickingAwareness.Tests.Pages;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// No browser keeps a copy of anything this site sends (a copy in the disk cache outlives deleting the history), while
/// a CDN may hold good responses briefly and revalidate them with a 304.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class CachePolicyTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    /// <summary>Every kind of response, and what a CDN may do with it (null: nothing, it follows no-store).</summary>
    public static TheoryData<string, string, int, string?> EveryKindOfResponse => new()
    {
        { "GET", "/", 200, "max-age=60" },
        { "GET", "/learn", 200, "max-age=60" },
        { "HEAD", "/learn", 200, "max-age=60" },
        { "GET", "/es/safety", 200, "max-age=60" },
        { "GET", "/sitemap.xml", 200, "max-age=60" },
        { "GET", "/robots.txt", 200, "max-age=60" },
        { "GET", "/favicon.svg", 200, "max-age=60" },
        { "GET", "/no-such-page", 404, null },
        { "GET", "/es/no-such-page", 404, null },
        { "GET", "/status/404", 404, null },
        { "GET", "/healthz", 200, null },
        { "POST", "/learn", 405, null },
        { "GET", "/" + new string('a', 3000), 414, null },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task Browsers_are_told_to_keep_no_copy_of_any_response(string method, string url, int status,
        string? cdn)
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, (int)response.StatusCode);
        AssertPolicy(response, cdn);
    }

    [Fact]
    public async Task Fingerprinted_files_are_kept_by_no_browser_either()
    {
        var client = site.CreatePlainClient();
        var document = await Html.GetPageAsync(client, "/learn");

        foreach (var element in document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]"))
        {
            var response = await client.GetAsync(element.GetAttribute("href") ?? element.GetAttribute("src"));
            Assert.Equal(200, (int)response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.True(response.Headers.Contains("CDN-Cache-Control"));
        }
    }

    [Fact]
    public async Task A_cdn_revalidating_a_page_gets_a_304_under_the_same_policy()
    {
        var client = site.CreatePlainClient();
        var first = await client.GetAsync("/learn");
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/learn");
        revalidation.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var again = await client.SendAsync(revalidation);

        Assert.Equal(304, (int)again.StatusCode);
        AssertPolicy(again, "max-age=60");
    }

    [Fact]
    public async Task The_no_content_503_and_the_error_page_are_kept_by_nobody()
    {
        using var empty = new TempContent(copyRepositoryContent: false);
        using var unavailable = new SiteFactory(empty.Root);
        using var failing = new FailingSite();

        var updating = await unavailable.CreatePlainClient().GetAsync("/learn");
        var error = await failing.CreatePlainClient().GetAsync("/learn");

        Assert.Equal(503, (int)updating.StatusCode);
        AssertPolicy(updating, null);
        Assert.Equal(500, (int)error.StatusCode);
        AssertPolicy(error, null);
    }

    private static void AssertPolicy(HttpResponseMessage response, string? cdn)
    {
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Pragma"));
        Assert.Null(response.Content.Headers.Expires);
        Assert.Equal(cdn, Header(response, "CDN-Cache-Control"));
        Assert.Equal(cdn, Header(response, "Surrogate-Control"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
