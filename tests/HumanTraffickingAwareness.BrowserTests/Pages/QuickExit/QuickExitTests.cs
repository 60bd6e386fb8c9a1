using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests.Pages.QuickExit;

/// <summary>
/// The way out, as a person in danger uses it, in English and Spanish; each test is a sentence of /safety, "Leave this
/// site quickly". The neutral site is answered locally; nothing leaves the machine.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class QuickExitTests(BrowserSite site)
{
    private const string Weather = "https://weather.com/**";

    /// <summary>Three pages of the site in one tab, in a language: the first two are what Back still holds.</summary>
    public static TheoryData<string, int> Languages => new() { { "", 360 }, { "", 1280 }, { "/es", 360 } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_exit_replaces_the_page_but_earlier_pages_of_the_site_stay_in_back(string language, int width)
    {
        await using var context = await site.NewContextAsync(width, 800);
        var page = await context.NewPageAsync();
        var (home, learn, statistics) = (site.Url(language + "/"), site.Url(language + "/learn"),
            site.Url(language + "/statistics"));
        await page.GotoAsync(home);
        await page.GotoAsync(learn);
        await page.GotoAsync(statistics);
        var entries = await page.EvaluateAsync<int>("history.length");

        await page.Locator("aside.hotline a.quick-exit").ClickAsync();

        await page.WaitForURLAsync(Weather);
        Assert.Equal("Weather", await page.TitleAsync());
        // The weather page took the place of /statistics: the tab holds as many entries as before.
        Assert.Equal(entries, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        Assert.Equal(learn, page.Url);
        await page.GoBackAsync();
        Assert.Equal(home.TrimEnd('/'), page.Url.TrimEnd('/'));
        // Forward leads to the weather page again, never to the page that was left.
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        Assert.StartsWith("https://weather.com/", page.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/es")]
    public async Task Shift_three_times_replaces_the_page_the_same_way(string language)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(language + "/learn"));
        await page.GotoAsync(site.Url(language + "/statistics"));
        var entries = await page.EvaluateAsync<int>("history.length");

        await PressShiftThreeTimesAsync(page);

        Assert.Equal(entries, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        Assert.Equal(site.Url(language + "/learn"), page.Url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/es")]
    public async Task Without_javascript_the_exit_is_an_ordinary_link_and_back_returns_to_the_page(string language)
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(language + "/learn"));
        var entries = await page.EvaluateAsync<int>("history.length");

        await page.Locator("aside.hotline a.quick-exit").ClickAsync();

        await page.WaitForURLAsync(Weather);
        // An ordinary link adds the weather page after this one.
        Assert.Equal(entries + 1, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        Assert.Equal(site.Url(language + "/learn"), page.Url);
    }

    [Fact]
    public async Task The_page_is_blanked_at_once()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/learn"));

        // Read the screen in the same moment as the click, before the browser has even started to leave.
        var leaving = page.WaitForURLAsync(Weather);
        var left = await page.EvaluateAsync<string[]>("""
            () => {
              document.querySelector('aside.hotline a.quick-exit').click();
              return [document.body.innerText.trim(), document.title];
            }
            """);

        Assert.Equal(["", ""], left);
        await leaving;
    }

    public static TheoryData<string, string, string> Counting => new()
    {
        { "/learn", "Press Shift 2 more times to leave.", "Press Shift 1 more time to leave." },
        { "/es/learn", "Pulse Shift 2 veces más para salir.", "Pulse Shift 1 vez más para salir." },
    };

    public static TheoryData<string, string, string> StartingAgain => new()
    {
        { "/learn", "Press Shift 2 more times to leave.", "Start again: press Shift 3 times to leave." },
        { "/es/learn", "Pulse Shift 2 veces más para salir.", "Empiece de nuevo: pulse Shift 3 veces para salir." },
    };

    [Theory]
    [MemberData(nameof(Counting))]
    public async Task Each_shift_press_may_come_up_to_5_seconds_after_the_last_and_is_shown_and_read_out(string path,
        string twoMore, string oneMore)
    {
        var (page, context) = await OpenWithClockAsync(path);
        await using var _ = context;
        var progress = page.GetByRole(AriaRole.Status).And(page.Locator("[data-quick-exit-status]"));
        Assert.Equal("", await progress.InnerTextAsync());

        await page.Keyboard.PressAsync("Shift");
        Assert.Equal(twoMore, await progress.InnerTextAsync());
        Assert.True(await progress.IsVisibleAsync(), "the count is shown, not only read out");
        await page.Clock.RunForAsync(4_500);
        await page.Keyboard.PressAsync("Shift");
        Assert.Equal(oneMore, await progress.InnerTextAsync());
        await page.Clock.RunForAsync(4_500);
        await page.Keyboard.PressAsync("Shift");

        await page.WaitForURLAsync(Weather);
    }

    [Theory]
    [MemberData(nameof(StartingAgain))]
    public async Task A_pause_of_more_than_5_seconds_starts_the_count_again(string path, string twoMore,
        string startAgain)
    {
        var (page, context) = await OpenWithClockAsync(path);
        await using var _ = context;
        var progress = page.Locator("[data-quick-exit-status]");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Clock.RunForAsync(5_100);
        Assert.Equal(startAgain, await progress.InnerTextAsync());
        await page.Keyboard.PressAsync("Shift");

        Assert.Equal(twoMore, await progress.InnerTextAsync());
        await page.Clock.RunForAsync(10_200);
        Assert.Equal("", await progress.InnerTextAsync());
        Assert.Equal(site.Url(path), page.Url);
    }

    [Fact]
    public async Task Shift_used_with_another_key_does_not_count()
    {
        var (page, context) = await OpenWithClockAsync("/learn");
        await using var _ = context;

        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift+KeyA");
        }

        // Shift held while another key goes down and up, then let go last.
        await page.Keyboard.DownAsync("Shift");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.UpAsync("Shift");
        await page.Clock.RunForAsync(300);

        Assert.Equal("", await page.Locator("[data-quick-exit-status]").InnerTextAsync());
        Assert.Equal(site.Url("/learn"), page.Url);
    }

    [Fact]
    public async Task Any_other_key_starts_the_count_again()
    {
        var (page, context) = await OpenWithClockAsync("/learn");
        await using var _ = context;
        var progress = page.Locator("[data-quick-exit-status]");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("", await progress.InnerTextAsync());
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");

        Assert.Equal("Press Shift 1 more time to leave.", await progress.InnerTextAsync());
        Assert.Equal(site.Url("/learn"), page.Url);
        await page.Keyboard.PressAsync("Shift");
        await page.WaitForURLAsync(Weather);
    }

    /// <summary>
    /// A page whose clock stands still until the test moves it on: waits of seconds take none, and a slow moment on
    /// this busy machine cannot add to them.
    /// </summary>
    private async Task<(IPage Page, IBrowserContext Context)> OpenWithClockAsync(string path)
    {
        var context = await site.NewContextAsync(1280, 800);
        await context.Clock.InstallAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.Clock.PauseAtAsync(DateTime.Now.AddSeconds(1));
        return (page, context);
    }

    /// <summary>Three Shift presses, and the page leaves for the neutral site.</summary>
    internal static async Task PressShiftThreeTimesAsync(IPage page)
    {
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }

        await page.WaitForURLAsync(Weather);
    }
}
