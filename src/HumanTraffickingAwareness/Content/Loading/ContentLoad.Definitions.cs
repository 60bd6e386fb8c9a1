using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Pictures;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Statistics;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The definitions of each language, and the shortcodes each language's pages may use.</summary>
internal sealed partial class ContentLoad
{
    /// <returns>Every language's definitions, and each language's shortcodes by its code.</returns>
    public (List<Definition> Definitions, Dictionary<string, ShortcodeBinder> Shortcodes) ReadDefinitions(
        SiteSettings site, List<SiteLanguage> languages, HotlineStatistics? statistics)
    {
        var definitions = new List<Definition>();
        var shortcodes = new Dictionary<string, ShortcodeBinder>();
        foreach (var language in languages)
        {
            var format = new StatisticsFormat(language);
            IShortcodeSource[] dataShortcodes = [new HotlineShortcode(site, language, TemplateRenderer.Site), new StatShortcode(statistics, format, TemplateRenderer.Site), new StatisticsShortcode(statistics, format, TemplateRenderer.Site), new CheckedShortcode(language, Today, TemplateRenderer.Site), new PictureShortcode(language.Code, TemplateRenderer.Site)];
            var own = ReadDefinitions(language, new ShortcodeBinder(dataShortcodes));
            definitions.AddRange(own);
            shortcodes[language.Code] = new ShortcodeBinder([.. dataShortcodes, new DefinitionsShortcode(own, language, TemplateRenderer.Site)]);
        }

        return (definitions, shortcodes);
    }

    /// <summary>The definitions of one language: content/_definitions/ for the default language, content/es/_definitions/ for Spanish.</summary>
    private List<Definition> ReadDefinitions(SiteLanguage language, ShortcodeBinder shortcodes)
    {
        var lastGood = _previous.Definitions.ToDictionary(d => d.SourcePath);
        var definitions = new List<Definition>();
        foreach (var relative in Files.In(language.FileOf(DefinitionReader.Folder), ".md"))
        {
            var name = Path.GetFileName(relative);
            if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var file = Problems.For(DisplayPath(relative));
            var id = Path.GetFileNameWithoutExtension(name);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                file.Add(1, "name definition files in lower-case letters, digits and dashes: the name is the definition's link, such as sex-trafficking.md");
                _states[file.Path] = SourceState.NotShown;
                continue;
            }

            var markdown = ReadText(relative, file);
            var definition = markdown is null ? null : Guarded(file, () => DefinitionReader.Read(id, markdown, language, shortcodes, file));
            // The last good text, rendered again with today's numbers and words: never yesterday's rendering.
            var kept = definition is null && lastGood.GetValueOrDefault(file.Path) is { } good
                ? Guarded(new FileProblems(file.Path), () => DefinitionReader.Read(id, good.SourceText, language, shortcodes, new FileProblems(file.Path)))
                : null;
            _states[file.Path] = definition is not null ? SourceState.Published : kept is not null ? SourceState.LastGoodKept : SourceState.NotShown;
            if ((definition ?? kept) is { } shown)
            {
                definitions.Add(shown);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }
}
