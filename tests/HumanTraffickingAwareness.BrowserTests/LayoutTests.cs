using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>What a person on a small phone or a desktop sees of the hotline, wherever they are on the page.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class LayoutTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task On_a_320_pixel_phone_nothing_scrolls_sideways_and_the_call_link_stays_in_view(string path)
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url(path));

        var overflow =
            await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth - " +
            "document.scrollingElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a 320px screen");
        await AssertCallLinkInViewAtTheBottom(page, path, 568);
    }

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task On_a_desktop_the_call_link_stays_in_view(string path)
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url(path));

        await AssertCallLinkInViewAtTheBottom(page, path, 800);
    }

    private static async Task AssertCallLinkInViewAtTheBottom(Microsoft.Playwright.IPage page, string path, int height)
    {
        await page.EvaluateAsync("window.scrollTo(0, document.scrollingElement.scrollHeight)");
        var scrolled =
            await page.EvaluateAsync<bool>("Math.abs(window.scrollY + innerHeight - " +
            "document.scrollingElement.scrollHeight) < 2");
        Assert.True(scrolled, $"{path} did not reach its bottom");

        var box = await page.Locator("aside.hotline a[href='tel:+18883737888']").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= height, $"{path}: call link at y={box.Y}");
    }

    [Theory]
    [InlineData("/learn", 320, 568)]
    [InlineData("/learn", 1280, 800)]
    // Spanish words are longer: "Salir de esta página", "Llame al 911", "Pedir ayuda", "Navegar seguro".
    [InlineData("/es/learn", 320, 568)]
    [InlineData("/es/learn", 1280, 800)]
    public async Task The_hotline_links_are_at_least_44_pixels_tall_and_wide(string path, int width, int height)
    {
        var page = await site.SharedPageAsync(width, height);
        await page.GotoAsync(site.Url(path));

        var links = page.Locator("aside.hotline .hotline-actions a");
        Assert.Equal(6, await links.CountAsync());
        for (var i = 0; i < 6; i++)
        {
            var box = (await links.Nth(i).BoundingBoxAsync())!;
            Assert.True(box.Height >= 44 && box.Width >= 44,
                $"{path}: link {i} is {box.Width}x{box.Height} at {width}px");
            // Its words fit inside it, rather than spilling over the next button.
            var spill = await links.Nth(i)
                .EvaluateAsync<double>("e => Math.max(...[...e.children].map(c => c.getBoundingClientRect().right - " +
                "e.getBoundingClientRect().right), 0)");
            Assert.True(spill <= 1, $"{path}: link {i} text spills {spill}px out of its box at {width}px");
        }
    }

    [Theory]
    [InlineData("/")]
    // The Spanish labels are longer: "Inicio, Infórmese, Estadísticas, Definiciones" do not fit one 320px line.
    [InlineData("/es")]
    // A language with only a Get help page: its other entries lead to English pages and say "(English)".
    [InlineData("/ar/help")]
    [InlineData("/vi/help")]
    public async Task On_a_320_pixel_phone_every_menu_entry_is_in_view(string path)
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url(path));

        var entries = page.Locator(".site-nav a");
        Assert.True(await entries.CountAsync() >= 4);
        foreach (var entry in await entries.AllAsync())
        {
            var box = (await entry.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 320,
                $"{path}: \"{await entry.TextContentAsync()}\" spans x={box.X} to {box.X + box.Width}");
            Assert.True(box.Height >= 44, $"{path}: \"{await entry.TextContentAsync()}\" is {box.Height}px tall");
        }
    }

    [Fact]
    public async Task The_banner_does_not_cover_the_page_title()
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url("/learn"));

        var banner = (await page.Locator("aside.hotline").BoundingBoxAsync())!;
        var title = (await page.Locator("h1").BoundingBoxAsync())!;

        Assert.True(title.Y >= banner.Y + banner.Height, "the title starts under the banner");
    }

    [Fact]
    public async Task A_deep_link_lands_below_the_banner_not_under_it()
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url("/learn#who-is-vulnerable"));
        await page.WaitForFunctionAsync("window.scrollY > 0");
        await page.WaitForTimeoutAsync(400);

        var banner = (await page.Locator("aside.hotline").BoundingBoxAsync())!;
        var heading = (await page.Locator("#who-is-vulnerable").BoundingBoxAsync())!;

        Assert.True(heading.Y >= banner.Y + banner.Height,
            $"heading at {heading.Y}, banner ends at {banner.Y + banner.Height}");
        Assert.True(heading.Y < 568, "the heading is in view");
    }

    [Fact]
    public async Task The_statistics_charts_are_visible_with_their_text_alternatives()
    {
        foreach (var width in new[] { 320, 1280 })
        {
            var page = await site.SharedPageAsync(width, 800);
            await page.GotoAsync(site.Url("/statistics"));

            var charts = page.Locator("svg.chart-svg[role=img]");
            Assert.Equal(3, await charts.CountAsync());
            for (var i = 0; i < 3; i++)
            {
                var chart = charts.Nth(i);
                await chart.ScrollIntoViewIfNeededAsync();
                Assert.True(await chart.IsVisibleAsync());
                var box = (await chart.BoundingBoxAsync())!;
                Assert.True(box.Width > 200 && box.Height > 50, $"chart {i} is {box.Width}x{box.Height} at {width}px");
                var bars = await chart.Locator("rect.chart-bar")
                    .EvaluateAllAsync<double[]>("bars => bars.map(b => b.getBoundingClientRect().width)");
                Assert.Contains(bars, w => w > 50);
                var description = await chart.Locator("desc").TextContentAsync();
                Assert.Matches(@"\d{1,3}(,\d{3})*", description);
                Assert.False(string.IsNullOrWhiteSpace(await chart.GetAttributeAsync("aria-labelledby")));
            }
        }
    }
}
