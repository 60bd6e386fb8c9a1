using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

[Collection(AccessibilityCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Every_page_reads_fully_with_working_call_and_text_links(string path)
    {
        var page = await site.SharedPageAsync(360, 740, javaScript: false);
        await page.GotoAsync(site.Url(path));

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True((await page.Locator("main").InnerTextAsync()).Length > 100, "the page has its text");
        var call = page.Locator("aside.hotline a[href='tel:+18883737888']");
        Assert.True(await call.IsVisibleAsync());
        Assert.Contains("1-888-373-7888", await call.InnerTextAsync());
        var text = page.Locator("aside.hotline a[href^='sms:233733']");
        Assert.True(await text.IsVisibleAsync());
        Assert.Equal("sms:233733?&body=HELP", await text.GetAttributeAsync("href"));
        Assert.True(await page.Locator("aside.hotline a[href='tel:911']").IsVisibleAsync());
        // Script-only controls stay out of the way rather than showing dead buttons.
        Assert.Equal(0, await page.Locator("[data-copy-link]:visible, [data-share-native]:visible").CountAsync());
    }
}
