using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

[Trait("Suite", "InProcess")]
public sealed class StaticAssetTests
{
    [Fact]
    // Long immutable caching applies to the published site (a build serves with no-cache so edits show); .ci/run checks
    // it on the published output.
    public async Task Every_asset_the_layout_links_to_is_served_and_fingerprinted()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        var document = await Html.GetPageAsync(client, "/learn");

        var urls = document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();
        Assert.Contains(urls, u => u.StartsWith("/css/site.", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|js|svg|png)$", url);
            Assert.NotEqual(0,
                response.Content.Headers.ContentLength ?? (await response.Content.ReadAsByteArrayAsync()).Length);
        }
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_framework/blazor.server.js")]
    public async Task No_script_is_served_that_no_page_uses(string path)
    {
        // The .razor templates are rendered on the server; the SDK would otherwise publish Blazor's scripts beside
        // them.
        using var site = new SiteFactory();
        Assert.Equal(404, (int)(await site.CreatePlainClient().GetAsync(path)).StatusCode);
    }
}
