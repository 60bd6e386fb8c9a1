using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Pictures;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Settings.HelpNearYou;
using HumanTraffickingAwareness.Content.Statistics;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The definitions of each language, and the shortcodes each language's pages may use.</summary>
internal static class DefinitionsStep
{
    /// <returns>Every language's definitions, each language's shortcodes by its code, and what is shown of each
    /// definition file.</returns>
    public static (List<Definition> Definitions, Dictionary<string, ShortcodeBinder> Shortcodes,
        List<KeyValuePair<string, SourceState>> States) Read(
        LoadContext load, SiteSettings site, List<SiteLanguage> languages, HotlineStatistics? statistics,
        HelpDirectory? helpNearYou)
    {
        var definitions = new List<Definition>();
        var shortcodes = new Dictionary<string, ShortcodeBinder>();
        var states = new List<KeyValuePair<string, SourceState>>();
        foreach (var language in languages)
        {
            var format = new StatisticsFormat(language);
            IShortcodeSource[] dataShortcodes =
            [
                new HotlineShortcode(site, language, TemplateRenderer.Site),
                new StatShortcode(statistics, format, TemplateRenderer.Site),
                new StatisticsShortcode(statistics, format, TemplateRenderer.Site),
                new CheckedShortcode(language, load.Today, TemplateRenderer.Site),
                new HelpNearYouShortcode(helpNearYou, site, language, languages[0].Code, TemplateRenderer.Site),
                new PictureShortcode(language.Code, TemplateRenderer.Site),
            ];
            var own = Read(load, language, new ShortcodeBinder(dataShortcodes), states);
            definitions.AddRange(own);
            shortcodes[language.Code] = new ShortcodeBinder(
                [.. dataShortcodes, new DefinitionsShortcode(own, language, TemplateRenderer.Site)]);
        }

        return (definitions, shortcodes, states);
    }

    /// <summary>The definitions of one language: content/_definitions/ for the default language,
    /// content/es/_definitions/ for Spanish.</summary>
    private static List<Definition> Read(LoadContext load, SiteLanguage language, ShortcodeBinder shortcodes,
        List<KeyValuePair<string, SourceState>> states)
    {
        var lastGood = load.Previous.Definitions.ToDictionary(d => d.SourcePath);
        var definitions = new List<Definition>();
        foreach (var relative in load.Files.In(language.FileOf(DefinitionReader.Folder), ".md"))
        {
            var name = Path.GetFileName(relative);
            if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var file = load.ProblemsOf(relative);
            var id = Path.GetFileNameWithoutExtension(name);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                file.Add(1, "name definition files in lower-case letters, digits and dashes: the name is the " +
                    "definition's link, such as sex-trafficking.md");
                states.Add(LastGood.NotShown(file.Path));
                continue;
            }

            var markdown = load.ReadText(relative, file);
            Definition? Render(string text, FileProblems problems) =>
                LoadContext.Guarded(problems, () => DefinitionReader.Read(id, text, language, shortcodes, problems));
            // The last good text, rendered again with today's numbers and words: never yesterday's rendering.
            var shown = LastGood.Resolve(file.Path, markdown is null ? null : Render(markdown, file),
                () => lastGood.GetValueOrDefault(file.Path) is { } good
                    ? Render(good.SourceText, new FileProblems(file.Path))
                    : null);
            states.Add(shown.State);
            if (shown.Value is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }
}
