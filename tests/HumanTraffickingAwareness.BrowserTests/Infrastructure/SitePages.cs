namespace HumanTraffickingAwareness.BrowserTests.Infrastructure;

/// <summary>The pages every browser test walks, and the two sizes a person reads them at.</summary>
public static class SitePages
{
    public static readonly string[] Paths =
    [
        "/", "/help", "/signs", "/learn", "/definitions", "/statistics", "/safety", "/materials", "/materials/poster",
        "/materials/wallet-cards", "/materials/restroom-cards", "/rights", "/help-near-you", "/easy-read/help",
        "/easy-read/signs", "/no-such-page",
        "/es", "/es/help", "/es/signs", "/es/learn", "/es/definitions", "/es/statistics", "/es/safety", "/es/materials",
        "/es/materials/poster", "/es/materials/wallet-cards", "/es/materials/restroom-cards", "/es/rights",
        "/es/help-near-you", "/es/easy-read/help", "/es/easy-read/signs", "/es/no-such-page",
        // The languages Missouri speaks after English and Spanish, with a Get help page each; Arabic is right to left.
        "/ar/help", "/bs/help", "/de/help", "/vi/help", "/zh-hans/help", "/ar/no-such-page",
    ];

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Paths)
            {
                data.Add(path);
            }

            return data;
        }
    }

    public static TheoryData<string, int, int> AllAtBothSizes
    {
        get
        {
            var data = new TheoryData<string, int, int>();
            foreach (var path in Paths)
            {
                data.Add(path, 360, 740);
                data.Add(path, 1280, 800);
            }

            return data;
        }
    }

    /// <summary>A file name for a page's screenshot: "learn-360.png", "home-1280.png".</summary>
    public static string ScreenshotName(string path, int width) =>
        $"{(path == "/" ? "home" : path.Trim('/').Replace('/', '-'))}-{width}.png";
}
