using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The pages: every Markdown file that is not a README, a definition or under an underscore folder.</summary>
internal static class PagesStep
{
    /// <summary>The pages of one load.</summary>
    /// <param name="Pages">The pages to publish, by address.</param>
    /// <param name="AsWritten">Every page as parsed this time, also those rejected for a problem: their links are
    /// checked too, so an editor learns of every problem of a file at once.</param>
    /// <param name="Unavailable">The addresses of page files with no good version to show: "being updated".</param>
    public sealed record Result(Dictionary<string, ContentPage> Pages, List<ContentPage> AsWritten,
        HashSet<string> Unavailable);

    public static Result Read(LoadContext load, List<SiteLanguage> languages,
        Dictionary<string, ShortcodeBinder> shortcodes)
    {
        var lastGood = load.Previous.PagesByUrl.Values.ToDictionary(p => p.SourcePath);
        var result = new Result(new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
        var claimants = load.PageFiles
            .GroupBy(f => PageAddresses.Key(UrlPaths.FromRelativeFile(f)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var relative in load.PageFiles)
        {
            var file = load.ProblemsOf(relative);
            var url = UrlPaths.FromRelativeFile(relative);
            var language = languages.FirstOrDefault(l => l.Owns(url)) ?? languages[0];
            var binder = shortcodes[language.Code];
            var (written, valid) = load.Read(relative, file, text => ReadPage(text, url, language, binder, file));
            if (written is not null)
            {
                result.AsWritten.Add(written);
            }

            // The last good text, rendered again with today's numbers and words: a page can never show a stale number.
            var shown = LastGood.Resolve(load, file.Path, valid ? written : null,
                () => lastGood.GetValueOrDefault(file.Path) is { } good && LoadContext.ReadAgain(file.Path,
                    problems => ReadPage(good.SourceText, url, language, binder, problems)) is (var again, true)
                    ? again : null);
            var address = PageAddresses.Key(url);
            var rivals = claimants[address];
            var shownBefore = rivals.Where(path => lastGood.ContainsKey(load.DisplayPath(path))).ToList();
            var lastOwner = shownBefore is [var established] ? established : null;
            var owner = PageAddresses.OwnerOf(address, rivals, lastOwner);
            if (owner != relative)
            {
                var others = string.Join(", ", rivals.Where(path => path != relative).Select(load.DisplayPath));
                const string same = "(upper and lower case, and an accent typed either way, are the same)";
                var sameAs = $"this page has the same address {address} as";
                file.Add(1, owner is null
                    ? $"{sameAs} {others} {same}: rename all but one; until then {address} answers 'being updated'"
                    : owner == lastOwner
                    ? $"{sameAs} {load.DisplayPath(owner)}, which is that page already {same}: "
                        + "rename or delete this file"
                    : $"{sameAs} {load.DisplayPath(owner)}, whose name is the address as written, so it is that page "
                        + $"{same}: rename or delete this file");
                shown = null;
                load.Sources[file.Path] = SourceState.NotShown;
            }

            if (shown is { } page)
            {
                result.Pages[url] = page;
            }
            else if (owner is null || owner == relative)
            {
                // An address no file may have, or whose file has no good version, is being updated. A file that lost
                // its address to another does not make it so: the other answers it.
                result.Unavailable.Add(url);
            }
        }

        return result;
    }

    /// <returns>The page as written (null when even its front matter could not be read), and whether it is
    /// sound.</returns>
    private static (ContentPage? Page, bool Valid) ReadPage(string markdown, string url, SiteLanguage language,
        ShortcodeBinder shortcodes, FileProblems problems)
    {
        var parsed = MarkdownPageRenderer.ParseAndRender(markdown, problems, shortcodes, language.Text);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, problems.Path, language.Code, parsed.FrontMatter, parsed.Rendered)
        {
            SourceText = markdown,
        };
        return (page, parsed.IsValid);
    }
}
