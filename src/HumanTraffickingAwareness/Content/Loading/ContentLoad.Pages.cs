using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The pages: every Markdown file that is not a README, a definition or under an underscore folder.</summary>
internal sealed partial class ContentLoad
{
    /// <returns>The pages to publish by address, and every page as parsed this time, also those rejected for a
    /// problem: their links are checked too, so an editor learns of every problem of a file at once.</returns>
    public (Dictionary<string, ContentPage> Pages, List<ContentPage> AsWritten) ReadPages(List<SiteLanguage> languages, Dictionary<string, ShortcodeBinder> shortcodes)
    {
        var lastGood = _previous.PagesByUrl.Values.ToDictionary(p => p.SourcePath);
        var pages = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        var asWritten = new List<ContentPage>();
        foreach (var relative in PageFiles)
        {
            var file = Problems.For(DisplayPath(relative));
            var url = UrlPaths.FromRelativeFile(relative);
            var language = languages.FirstOrDefault(l => l.Owns(url)) ?? languages[0];
            var binder = shortcodes[language.Code];
            var markdown = Files.Read(relative, file);
            var (written, valid) = markdown is null ? (null, false) : ReadPage(markdown, url, language, binder, file);
            if (written is not null)
            {
                asWritten.Add(written);
            }

            // The last good text, rendered again with today's numbers and words: a page can never show a stale number.
            var kept = !valid && lastGood.GetValueOrDefault(file.Path) is { } good
                ? ReadPage(good.SourceText, url, language, binder, new FileProblems(file.Path)) is (var again, true) ? again : null
                : null;
            var page = valid ? written : kept;
            _states[file.Path] = valid ? SourceState.Published : kept is not null ? SourceState.LastGoodKept : SourceState.NotShown;
            if (page is null)
            {
                _unavailable.Add(url);
                continue;
            }

            if (!pages.TryAdd(url, page))
            {
                file.Add(1, $"this page has the same address {url} as {pages[url].SourcePath}: rename one of them");
                _states[file.Path] = SourceState.NotShown;
            }
        }

        return (pages, asWritten);
    }

    /// <returns>The page as written (null when even its front matter could not be read), and whether it is sound.</returns>
    private static (ContentPage? Page, bool Valid) ReadPage(string markdown, string url, SiteLanguage language, ShortcodeBinder shortcodes, FileProblems problems)
    {
        var parsed = MarkdownPageParser.Parse(markdown, problems, shortcodes, language.Text);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, problems.Path, language.Code, parsed.FrontMatter, parsed.Rendered) { SourceText = markdown };
        return (page, parsed.IsValid);
    }
}
