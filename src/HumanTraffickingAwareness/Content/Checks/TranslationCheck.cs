using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;


namespace HumanTraffickingAwareness.Content.Checks;

/// <summary>
/// Reports pages and definitions that exist in one language and not in another. These are warnings, not problems:
/// a reader of the other language is shown where the page can be read, so nothing is broken while a translation is
/// under way, but an editor should know.
/// </summary>
public sealed class TranslationCheck(IReadOnlyList<SiteLanguage> languages, Func<string, string> displayPath)
{
    /// <param name="pageFileUrls">
    /// Every page file's address, also of files that failed: those have their own problems.
    /// </param>
    public void Check(IReadOnlyDictionary<string, ContentPage> pages, IReadOnlySet<string> pageFileUrls,
        IReadOnlyList<Definition> definitions, LoadProblems problems)
    {
        if (languages.Count < 2)
        {
            return;
        }

        // A language with a home page aims to have every page; one without (a Get help page and little else) is
        // reported once, not once per missing page, and its readers are shown the default language's pages.
        var full = languages.Where(l => l.IsDefault || pageFileUrls.Contains(l.UrlOf("/"))).ToList();
        var published = pages.Values.Where(p => !p.FrontMatter.Draft).OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .ToList();
        foreach (var page in published)
        {
            var own = languages.First(l => l.Code == page.Language);
            var neutral = own.NeutralPathOf(page.Url);
            foreach (var other in full.Contains(own) ? full.Where(l => l != own) : languages.Where(l => l.IsDefault))
            {
                var url = other.UrlOf(neutral);
                if (!pageFileUrls.Contains(url))
                {
                    problems.For(page.SourcePath).Warn(
                        1, $"there is no {other.Name} version of this page yet " +
                        $"({displayPath(other.FileOf(UrlPaths.ToRelativeFile(neutral)))}); until there is, " +
                        $"{url} shows where to read it");
                }
            }

            if (!own.IsDefault && page.FrontMatter.Translation is not TranslationReview.CheckedByFluentReader)
            {
                problems.For(page.SourcePath).Warn(
                    page.FrontMatter.TranslationLine, page.FrontMatter.Translation is null
                    ? "this translation does not say how it was made and checked: add a line such as 'translation: " +
                        "machine translation, checked by back-translation' (content/README.md, " +
                        "\"Get a translation checked\")"
                    : "this translation has not been checked by a fluent reader yet: ask one to read it against the " +
                        "English, then write 'translation: checked by a fluent reader'");
            }
        }

        foreach (var partial in languages.Except(full))
        {
            var own = published.Where(p => p.Language == partial.Code).Select(p => partial.NeutralPathOf(p.Url))
                .ToHashSet();
            var missing = published.Where(p => p.Language == languages[0].Code && !own.Contains(p.Url))
                .Select(p => p.Url).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                problems.For(partial.SourcePath)
                    .Warn(1, $"{partial.Name} has {own.Count} of {own.Count + missing.Count} pages and no home page " +
                    $"({displayPath(partial.FileOf("index.md"))}); its readers are shown " +
                    $"{languages[0].Name} for {string.Join(", ", missing)}");
            }
        }

        foreach (var definition in definitions.OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            var own = languages.First(l => l.UrlOf(Definition.NeutralPageUrl) == definition.PageUrl);
            foreach (var other in full.Where(l => l != own))
            {
                if (!definitions.Any(d => d.Id == definition.Id && d.PageUrl == other.UrlOf(Definition.NeutralPageUrl)))
                {
                    problems.For(definition.SourcePath)
                        .Warn(1, $"there is no {other.Name} version of this definition yet " +
                        $"({displayPath(other.FileOf($"{DefinitionReader.Folder}/{definition.Id}.md"))})");
                }
            }
        }
    }
}
