using HumanTraffickingAwareness.Content.Definitions;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// Reports pages and definitions that exist in one language and not in another. These are warnings, not problems:
/// a reader of the other language is shown where the page can be read, so nothing is broken while a translation is
/// under way, but an editor should know.
/// </summary>
public sealed class TranslationCheck(IReadOnlyList<SiteLanguage> languages, Func<string, string> displayPath)
{
    /// <param name="pageFileUrls">Every page file's address, also of files that failed: those have their own problems.</param>
    public void Check(IReadOnlyDictionary<string, ContentPage> pages, IReadOnlySet<string> pageFileUrls, IReadOnlyList<Definition> definitions, List<ContentProblem> warnings)
    {
        if (languages.Count < 2)
        {
            return;
        }

        foreach (var page in pages.Values.Where(p => !p.FrontMatter.Draft).OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var own = languages.First(l => l.Code == page.Language);
            var neutral = own.NeutralPathOf(page.Url);
            foreach (var other in languages.Where(l => l != own))
            {
                var url = other.UrlOf(neutral);
                if (!pageFileUrls.Contains(url))
                {
                    warnings.Add(new ContentProblem(page.SourcePath, 1,
                        $"there is no {other.Name} version of this page yet ({displayPath(other.FileOf(UrlPaths.ToRelativeFile(neutral)))}); until there is, {url} shows where to read it"));
                }
            }
        }

        foreach (var definition in definitions.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            var own = languages.First(l => l.UrlOf(Definition.NeutralPageUrl) == definition.PageUrl);
            foreach (var other in languages.Where(l => l != own))
            {
                if (!definitions.Any(d => d.Id == definition.Id && d.PageUrl == other.UrlOf(Definition.NeutralPageUrl)))
                {
                    warnings.Add(new ContentProblem(definition.SourcePath, 1,
                        $"there is no {other.Name} version of this definition yet ({displayPath(other.FileOf($"{DefinitionReader.Folder}/{definition.Id}.md"))})"));
                }
            }
        }
    }
}
