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
        var claimants = PageFiles.GroupBy(f => PageAddresses.Key(UrlPaths.FromRelativeFile(f)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var relative in PageFiles)
        {
            var file = Problems.For(DisplayPath(relative));
            var url = UrlPaths.FromRelativeFile(relative);
            var language = languages.FirstOrDefault(l => l.Owns(url)) ?? languages[0];
            var binder = shortcodes[language.Code];
            var markdown = ReadText(relative, file);
            var (written, valid) = markdown is null ? (null, false) : Guarded(file, () => ReadPage(markdown, url, language, binder, file));
            if (written is not null)
            {
                asWritten.Add(written);
            }

            // The last good text, rendered again with today's numbers and words: a page can never show a stale number.
            var kept = !valid && lastGood.GetValueOrDefault(file.Path) is { } good
                ? Guarded(new FileProblems(file.Path), () => ReadPage(good.SourceText, url, language, binder, new FileProblems(file.Path))) is (var again, true) ? again : null
                : null;
            var page = valid ? written : kept;
            _states[file.Path] = valid ? SourceState.Published : kept is not null ? SourceState.LastGoodKept : SourceState.NotShown;
            var address = PageAddresses.Key(url);
            var rivals = claimants[address];
            var shown = rivals.Where(path => lastGood.ContainsKey(DisplayPath(path))).ToList();
            var lastOwner = shown is [var established] ? established : null;
            var owner = PageAddresses.OwnerOf(address, rivals, lastOwner);
            if (owner != relative)
            {
                var others = string.Join(", ", rivals.Where(path => path != relative).Select(DisplayPath));
                const string same = "(upper and lower case, and an accent typed either way, are the same)";
                var sameAs = $"this page has the same address {address} as";
                file.Add(1, owner is null
                    ? $"{sameAs} {others} {same}: rename all but one; until then {address} answers 'being updated'"
                    : owner == lastOwner
                    ? $"{sameAs} {DisplayPath(owner)}, which is that page already {same}: rename or delete this file"
                    : $"{sameAs} {DisplayPath(owner)}, whose name is the address as written, so it is that page "
                        + $"{same}: rename or delete this file");
                _states[file.Path] = SourceState.NotShown;
                page = null;
            }

            if (page is null)
            {
                // A page kept by another file is still served; an address no file may have is being updated. A file
                // that lost its address to another does not make it "being updated": the other answers it.
                if ((owner is null || owner == relative)
                    && !rivals.Any(path => path != relative && _states.GetValueOrDefault(DisplayPath(path))
                        is SourceState.Published or SourceState.LastGoodKept))
                {
                    _unavailable.Add(url);
                }

                continue;
            }

            pages[url] = page;
            _unavailable.Remove(url);
        }

        return (pages, asWritten);
    }

    /// <returns>The page as written (null when even its front matter could not be read), and whether it is sound.</returns>
    private static (ContentPage? Page, bool Valid) ReadPage(string markdown, string url, SiteLanguage language, ShortcodeBinder shortcodes, FileProblems problems)
    {
        var parsed = MarkdownPageRenderer.ParseAndRender(markdown, problems, shortcodes, language.Text);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, problems.Path, language.Code, parsed.FrontMatter, parsed.Rendered) { SourceText = markdown };
        return (page, parsed.IsValid);
    }
}
