using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

[Collection(AccessibilityCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly string ScreenshotFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots");

    private static readonly (int Width, int Height)[] Sizes = [(360, 740), (1280, 800)];

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Axe_finds_no_violation_on_a_phone_or_a_desktop_and_the_page_is_photographed(string path)
    {
        var page = await site.SharedPageAsync(Sizes[0].Width, Sizes[0].Height);
        await page.GotoAsync(site.Url(path));
        Directory.CreateDirectory(ScreenshotFolder);

        var violations = new List<string>();
        foreach (var (width, height) in Sizes)
        {
            // The same page, resized: what a reader sees when they turn a tablet or resize a window.
            await page.SetViewportSizeAsync(width, height);
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions
                {
                    Type = "tag",
                    Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
                },
            });
            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(ScreenshotFolder, SitePages.ScreenshotName(path, width)),
                FullPage = true
            });

            violations.AddRange(results.Violations.Select(v => $"{width}px {v.Id} ({v.Impact}): {v.Help}\n    "
                + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target) + " " + n.Html))));
        }

        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
    }
}
