using System.Text;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// What a visit leaves on the reader's device, read from the files themselves: Chromium with a profile folder of its
/// own, as a real browser keeps one, five pages read, the browser closed, then every file of the profile searched for
/// the site's address and the pages' words. /safety, "What stays on your device", tells the reader what this finds.
/// </summary>
/// <remarks>
/// The context has no request routing: Playwright turns the HTTP cache off when a route is set, and the cache is
/// what this test is about.
/// </remarks>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class ProfileTraceTests(BrowserSite site, ITestOutputHelper output)
{
    private static readonly string ReportFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots");

    public static TheoryData<string, string[]> FivePages => new()
    {
        { "en", ["/", "/learn", "/statistics", "/definitions", "/safety"] },
        { "es", ["/es", "/es/learn", "/es/statistics", "/es/definitions", "/es/safety"] },
    };

    [Theory]
    [MemberData(nameof(FivePages))]
    public async Task After_five_pages_the_browser_cache_holds_nothing_of_the_site_and_the_history_does(string language,
        string[] paths)
    {
        var profile = Directory.CreateTempSubdirectory("hta-profile-");
        try
        {
            var (titles, words) = await ReadPagesAsync(profile.FullName, paths);
            var address = site.Address.Authority;

            var naming = FilesNaming(profile.FullName, [address, .. titles, .. words]);

            var report = naming.Count == 0 ? "(none)" : string.Join('\n',
                naming.Select(f => $"{f.Path}: {string.Join(", ", f.Found)}"));
            output.WriteLine($"Files of a fresh Chromium profile that name the site ({address}) or its words, after " +
                $"{string.Join(" ", paths)}:\n{report}");
            Directory.CreateDirectory(ReportFolder);
            await File.WriteAllTextAsync(Path.Combine(ReportFolder, $"profile-traces-{language}.txt"),
                report.Replace(address, "SITE") + "\n");

            // The HTTP cache holds nothing; the compiled-script cache holds one small entry keyed by the script's
            // address (Chromium keeps one for any script of 1,024 characters or more, whatever its headers say), and
            // no page. Nothing anywhere holds the pages' own words.
            Assert.DoesNotContain(naming, f => f.Path.StartsWith("Default/Cache/", StringComparison.Ordinal));
            Assert.All(naming.Where(f => f.Path.StartsWith("Default/Code Cache/", StringComparison.Ordinal)),
                f => Assert.Equal([address], f.Found));
            Assert.DoesNotContain(naming, f => f.Found.Intersect(words).Any());
            // What /safety says stays, and what the reader can delete: the history list holds the pages by address
            // and title, and the saved tabs hold the tab's Back list.
            Assert.Contains(naming,
                f => f.Path == "Default/History" && f.Found.Contains(address) && f.Found.Intersect(titles).Any());
            Assert.Contains(naming,
                f => f.Path.StartsWith("Default/Sessions/", StringComparison.Ordinal) && f.Found.Contains(address));
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>Reads the pages as a reader would, then closes the browser so that it writes everything down.</summary>
    private async Task<(List<string> Titles, List<string> Words)> ReadPagesAsync(string profile, string[] paths)
    {
        var browser = await site.Playwright.Chromium.LaunchPersistentContextAsync(profile,
            new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = BrowserSite.ChromiumPath,
                Headless = true,
                Args = BrowserSite.ChromiumArgs,
                ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            });
        var (titles, words) = (new List<string>(), new List<string>());
        try
        {
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
            foreach (var path in paths)
            {
                await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
                titles.Add(await page.TitleAsync());
                // Each page's own words: the start of its first paragraph.
                var paragraph = (await page.Locator("main p").First.InnerTextAsync()).Trim();
                words.Add(paragraph[..Math.Min(paragraph.Length, 40)]);
            }
        }
        finally
        {
            await browser.CloseAsync();
        }

        return (titles, words);
    }

    private static List<(string Path, List<string> Found)> FilesNaming(string profile, IReadOnlyList<string> needles)
    {
        var patterns = needles.Select(n => (Needle: n, Utf8: Encoding.UTF8.GetBytes(n),
            Utf16: Encoding.Unicode.GetBytes(n))).ToList();
        var naming = new List<(string, List<string>)>();
        foreach (var file in Directory.EnumerateFiles(profile, "*",
            SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (IOException)
            {
                continue;
            }

            var found = patterns
                .Where(p => bytes.AsSpan().IndexOf(p.Utf8) >= 0 || bytes.AsSpan().IndexOf(p.Utf16) >= 0)
                .Select(p => p.Needle)
                .ToList();
            if (found.Count > 0)
            {
                naming.Add((Path.GetRelativePath(profile, file).Replace('\\', '/'), found));
            }
        }

        return naming;
    }
}
