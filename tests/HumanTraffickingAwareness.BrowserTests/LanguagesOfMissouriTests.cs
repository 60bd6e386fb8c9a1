using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// The Get help page in Arabic, Bosnian, German, Vietnamese and Chinese as its reader uses it: the call link, the way
/// out, the language switch at 320 px, and Arabic mirrored with its numbers still read left to right. (axe, overflow
/// at 320 px, the keyboard and reading without JavaScript run on these pages through <see cref="SitePages"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class LanguagesOfMissouriTests(BrowserSite site)
{
    public static TheoryData<string> Codes => new("ar", "bs", "de", "vi", "zh-hans");

    private static readonly string ScreenshotFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots");

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task The_call_link_dials_the_hotline_and_the_quick_exit_leaves(string code)
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"/{code}/help"));

        var call = page.Locator("aside.hotline a.hotline-call");
        Assert.True(await call.IsVisibleAsync());
        Assert.Equal("tel:+18883737888", await call.GetAttributeAsync("href"));
        Assert.Contains("1-888-373-7888", await call.InnerTextAsync());

        await page.Locator("aside.hotline a.quick-exit").ClickAsync();
        await page.WaitForURLAsync("https://weather.com/**");
        Assert.Equal("Weather", await page.TitleAsync());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public async Task Shift_three_times_leaves_too(string code)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"/{code}/help"));

        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }

        await page.WaitForURLAsync("https://weather.com/**");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/es/learn")]
    [InlineData("/ar/help")]
    [InlineData("/zh-hans/help")]
    public async Task At_320_pixels_one_tap_shows_every_language_named_in_itself(string path)
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url(path));

        var summary = page.Locator("header .language-switch summary");
        var box = (await summary.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= 320 && box.Height >= 44,
            $"{path}: the switch is at x={box.X}, {box.Width}x{box.Height}");
        await summary.ClickAsync();

        var links = page.Locator("header .language-switch a");
        Assert.Equal(6, await links.CountAsync());
        foreach (var link in await links.AllAsync())
        {
            Assert.True(await link.IsVisibleAsync());
            var linkBox = (await link.BoundingBoxAsync())!;
            Assert.True(linkBox.X >= 0 && linkBox.X + linkBox.Width <= 320,
                $"{path}: {await link.InnerTextAsync()} spans x={linkBox.X} to {linkBox.X + linkBox.Width}");
        }

        Assert.Equal(320, await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        // For a person to look at: the open list over the page, in each script.
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(ScreenshotFolder, "language-switch-" + SitePages.ScreenshotName(path, 320))
        });
        await page.Locator("header .language-switch summary").ClickAsync();
    }

    [Fact]
    public async Task In_arabic_the_page_and_the_banner_are_mirrored()
    {
        var page = await site.SharedPageAsync(360, 740);
        await page.GotoAsync(site.Url("/ar/help"));

        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        // In English the call link is on the left and the way out on the right; in Arabic, the other way round.
        var call = (await page.Locator("aside.hotline a.hotline-call").BoundingBoxAsync())!;
        var exit = (await page.Locator("aside.hotline a.quick-exit").BoundingBoxAsync())!;
        Assert.True(exit.X + exit.Width <= call.X, $"the way out (x={exit.X}) is left of the call link (x={call.X})");
        var title = (await page.Locator("main h1").BoundingBoxAsync())!;
        Assert.True(title.X + title.Width > 300, "the title starts at the right");
    }

    [Fact]
    public async Task In_arabic_the_phone_number_reads_left_to_right()
    {
        var page = await site.SharedPageAsync(360, 740);
        await page.GotoAsync(site.Url("/ar/help"));

        foreach (var number in await page.Locator("aside.hotline .hotline-call .hotline-number, main " +
            "a[href='tel:+18883737888']").AllAsync())
        {
            Assert.Equal("ltr", await number.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
            // The first digit is drawn left of the last: 1-888-373-7888, never 7888-373-888-1.
            var order = await number.EvaluateAsync<double[]>(
                """
                e => {
                  const text = e.firstChild.nodeType === 3 ? e.firstChild : e.querySelector('*').firstChild;
                  const range = document.createRange();
                  range.setStart(text, 0); range.setEnd(text, 1);
                  const first = range.getBoundingClientRect().left;
                  range.setStart(text, text.length - 1); range.setEnd(text, text.length);
                  return [first, range.getBoundingClientRect().left];
                }
                """);
            Assert.True(order[0] < order[1], $"the number's first digit is at x={order[0]}, its last at x={order[1]}");
        }
    }
}
