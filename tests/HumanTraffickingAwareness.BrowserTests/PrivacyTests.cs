using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>A visit tells no third party and leaves nothing behind in the browser.</summary>
[Collection(AccessibilityCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class PrivacyTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task No_request_goes_to_another_origin_and_nothing_is_stored(string path)
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(site.Url(path), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });

        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(site.Url("/"), url));
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
    }
}
