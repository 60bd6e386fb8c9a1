using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The menu of each language, from site.yml's navigation and the pages there are.</summary>
internal static class NavigationStep
{
    public static Dictionary<string, IReadOnlyList<NavigationLink>> Resolve(LoadContext load, SiteSettings site,
        List<SiteLanguage> languages, Dictionary<string, ContentPage> pages)
    {
        // A menu entry without a page is reported once, for the default language, not once per language.
        var siteFile = load.ProblemsOf(SiteSettingsReader.FileName);
        return languages.ToDictionary(l => l.Code, IReadOnlyList<NavigationLink> (l) => Resolve(site, l, languages[0],
            pages, load.PageFileUrls, l.IsDefault ? siteFile : new FileProblems(siteFile.Path)));
    }

    /// <summary>
    /// site.yml's menu in one language: each entry leads to that language's page, labelled as the language file's
    /// menu says or with the page's title. A page not translated yet keeps its place: its address explains and links
    /// to the languages that have it.
    /// </summary>
    private static List<NavigationLink> Resolve(SiteSettings site, SiteLanguage language, SiteLanguage defaultLanguage,
        Dictionary<string, ContentPage> pages, HashSet<string> pageFileUrls, FileProblems problems)
    {
        var links = new List<NavigationLink>();
        foreach (var link in site.Navigation)
        {
            var neutral = UrlPaths.Normalize(link.Url);
            if (!pages.TryGetValue(neutral, out var original))
            {
                if (!pageFileUrls.Contains(neutral))
                {
                    problems.Add(Math.Max(link.SourceLine, 1), $"the navigation links to {link.Url}, " +
                        "but there is no such page");
                }

                continue;
            }

            // A language with only some pages: its home entry leads to its first page, another entry to the page in
            // the default language, marked as such; never to a "not translated yet" page.
            var translated = pages.GetValueOrDefault(language.UrlOf(neutral)) is { FrontMatter.Draft: false } own ? own
                : neutral == "/" ? ContentSnapshot.FirstPageOf(language, pages.Values)
                : null;
            var page = translated ?? original;
            if (!page.FrontMatter.Draft)
            {
                links.Add(link with
                {
                    Url = page.Url,
                    Label = language.Menu.GetValueOrDefault(neutral) ?? page.Title,
                    ShownIn = translated is null && !language.IsDefault ? defaultLanguage : null,
                });
            }
        }

        return links;
    }
}
