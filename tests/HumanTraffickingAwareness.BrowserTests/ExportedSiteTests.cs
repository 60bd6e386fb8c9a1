using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>The static export, served by nginx, in the browser: as accessible as the server's pages, and the way out
/// works.</summary>
[Trait("Suite", "Browser")]
[Trait("Suite", "Export")]
public sealed class ExportedSiteTests(ExportedSiteTests.Fixture fixture) : IClassFixture<ExportedSiteTests.Fixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/learn")]
    [InlineData("/es/statistics")]
    [InlineData("/no-such-page")]
    public async Task Axe_finds_no_violation_on_the_exported_pages(string path)
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync(fixture.Url(path));

        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
            },
        });

        Assert.True(results.Violations.Length == 0,
            $"{path}: " + string.Join("; ", results.Violations.Select(v => v.Id)));
    }

    [Fact]
    public async Task The_quick_exit_of_the_exported_site_leaves_for_the_neutral_site()
    {
        var page = await fixture.NewPageAsync(360, 740);
        await page.GotoAsync(fixture.Url("/learn"));

        await page.Locator("aside.hotline a.quick-exit").ClickAsync();

        await page.WaitForURLAsync("https://weather.com/**");
        Assert.Equal("Weather", await page.TitleAsync());
    }

    /// <summary>The export served by nginx, and Debian's Chromium with every other origin answered locally.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private readonly ExportedSite _site = new();
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        public string Url(string path) => new Uri(_site.Address, path).ToString();

        public async ValueTask InitializeAsync()
        {
            TestContext.Current.SendDiagnosticMessage("exporting the site and starting nginx and Chromium for the " +
                "exported site's tests");
            await _site.InitializeAsync();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserSite.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }

        public async Task<IPage> NewPageAsync(int width, int height)
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height }
            });
            var own = System.Text.RegularExpressions.Regex.Escape(_site.Address.GetLeftPart(UriPartial.Authority));
            await context.RouteAsync(new System.Text.RegularExpressions.Regex($"^(?!{own}/)(?!data:)"), route =>
                route.Request.IsNavigationRequest
                    ? route.FulfillAsync(new RouteFulfillOptions
                    {
                        Status = 200,
                        ContentType = "text/html",
                        Body = BrowserSite.NeutralPage
                    })
                    : route.AbortAsync());
            return await context.NewPageAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }

            _playwright?.Dispose();
            await _site.DisposeAsync();
        }
    }
}
