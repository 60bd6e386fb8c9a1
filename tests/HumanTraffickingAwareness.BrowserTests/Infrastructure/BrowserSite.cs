using Microsoft.Playwright;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests.Infrastructure;

/// <summary>
/// The site on a real loopback port and Debian's Chromium driven by Playwright, shared by every browser test. Nothing
/// leaves the machine: any request to another origin is answered locally (the quick exit's neutral page) or refused.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Where Chromium is: CHROMIUM_PATH, or Debian's package. Playwright never downloads a browser
    /// here.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH")
        ?? "/usr/bin/chromium";

    public const string NeutralPage = "<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>Weather</h1></html>";

    /// <summary>Chromium's switches for every test: nothing of its own goes out (no updates, sync or
    /// prefetching).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly Dictionary<(int, int, bool), IPage> _sharedPages = [];
    private KestrelSite? _site;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address => _site!.Address;

    public string Url(string path) => new Uri(Address, path).ToString();

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install it with 'apt-get install -y chromium' " +
                "(or set CHROMIUM_PATH). .ci/run installs it on a fresh machine.");
        }

        // The browser tests print nothing until they end (minutes): these lines, and xunit's long-running-test notices
        // (xunit.runner.json), say what they are doing.
        Say("starting the site and Chromium for a browser test collection");
        _site = new KestrelSite();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        Say($"the site is at {Address} and Chromium {Browser.Version} is running; the collection's tests start");
    }

    private static void Say(string message) => TestContext.Current.SendDiagnosticMessage(message);

    /// <summary>A fresh browser context (no history, no cache) of the given size, with outside requests kept
    /// local.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            HasTouch = width < 600,
            // Scrolling happens at once, so a test reads where things end up rather than where they pass by.
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Only requests for another origin are intercepted (matched inside the browser driver), so the site's own
        // pages and files load at full speed.
        var elsewhere = new System.Text.RegularExpressions.Regex("^(?!"
            + System.Text.RegularExpressions.Regex.Escape(Address.GetLeftPart(UriPartial.Authority))
            + "/)(?!data:)(?!blob:)");
        await context.RouteAsync(elsewhere, async route =>
        {
            if (route.Request.IsNavigationRequest)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "text/html",
                    Body = NeutralPage
                });
            }
            else
            {
                await route.AbortAsync();
            }
        });
        return context;
    }

    /// <summary>
    /// A long-lived tab of the given size, for tests that only read pages. Opening a new tab costs Chromium a new
    /// renderer process (about a second on this machine), so the collection's read-only tests navigate this one.
    /// </summary>
    public async Task<IPage> SharedPageAsync(int width, int height, bool javaScript = true)
    {
        if (!_sharedPages.TryGetValue((width, height, javaScript), out var page))
        {
            var context = await NewContextAsync(width, height, javaScript);
            page = await context.NewPageAsync();
            _sharedPages[(width, height, javaScript)] = page;
        }

        await page.SetViewportSizeAsync(width, height);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        Say($"a browser test collection is done; the site at {_site?.Address} and its Chromium stop");
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        _site?.Dispose();
    }
}

/// <summary>
/// The browser tests run as two collections, each with its own site and Chromium, so that the machine's two cores
/// share the work about evenly: reading the pages (axe, no script, privacy) in one, using them in the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "accessibility";
}
