using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// The Spanish site as a Spanish reader uses it: the language switch, the copy-link message. (The way out is tested in
/// Spanish in <see cref="Pages.QuickExit.QuickExitTests"/>; axe, the banner's layout, keyboard and privacy checks run
/// on the Spanish pages through <see cref="SitePages"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class SpanishTests(BrowserSite site)
{
    [Theory]
    [InlineData("/learn", "/es/learn", "es", "Español")]
    [InlineData("/es/statistics", "/statistics", "en", "English")]
    public async Task The_language_switch_leads_to_the_same_page_in_the_other_language(string from, string to,
        string language, string switchName)
    {
        var page = await site.SharedPageAsync(360, 740);
        await page.GotoAsync(site.Url(from));

        // One tap opens the list of languages, a second chooses one.
        await page.Locator("header .language-switch summary").ClickAsync();
        var link = page.Locator("header .language-switch").GetByRole(AriaRole.Link, new() { Name = switchName });
        Assert.True(await link.IsVisibleAsync(), $"the switch to {switchName} is visible on a phone");
        await link.ClickAsync();

        await page.WaitForURLAsync(site.Url(to));
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(await page.Locator("aside.hotline a[href='tel:+18883737888']").IsVisibleAsync());
    }

    [Fact]
    public async Task Copy_link_says_so_in_spanish()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"],
            new() { Origin = site.Address.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/es/learn"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copiar enlace" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-share-status]")).ToHaveTextAsync("Enlace copiado.");
    }
}
