using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// The Spanish site as a Spanish reader uses it: the way out, the language switch, the copy-link message. (Axe, the
/// banner's layout, keyboard and privacy checks run on the Spanish pages through <see cref="SitePages"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SpanishTests(BrowserSite site)
{
    [Fact]
    public async Task Salir_de_esta_pagina_leaves_for_the_neutral_site_and_back_does_not_return()
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/es"));
        await page.GotoAsync(site.Url("/es/learn"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Salir de esta página", Exact = true }).Last.ClickAsync();

        await page.WaitForURLAsync("https://weather.com/**");
        await QuickExitTests.AssertBackDoesNotReturnTo(site, page, "/es/learn");
    }

    [Fact]
    public async Task Shift_three_times_leaves_a_spanish_page_too()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/es/statistics"));

        await QuickExitTests.PressShiftThreeTimesAsync(page);

        Assert.StartsWith("https://weather.com/", page.Url);
    }

    [Theory]
    [InlineData("/learn", "/es/learn", "es", "Español")]
    [InlineData("/es/statistics", "/statistics", "en", "English")]
    public async Task The_language_switch_leads_to_the_same_page_in_the_other_language(string from, string to, string language, string switchName)
    {
        var page = await site.SharedPageAsync(360, 740);
        await page.GotoAsync(site.Url(from));

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
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.Address.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/es/learn"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copiar enlace" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-share-status]")).ToHaveTextAsync("Enlace copiado.");
    }
}
