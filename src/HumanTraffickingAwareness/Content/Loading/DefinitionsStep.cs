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
    /// <returns>Every language's definitions, and each language's shortcodes by its code.</returns>
    public static (List<Definition> Definitions, Dictionary<string, ShortcodeBinder> Shortcodes) Read(
        LoadContext load, SiteSettings site, List<SiteLanguage> languages, HotlineStatistics? statistics,
        HelpDirectory? helpNearYou)
    {
        var definitions = new List<Definition>();
        var shortcodes = new Dictionary<string, ShortcodeBinder>();
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
            var own = Read(load, language, new ShortcodeBinder(dataShortcodes));
            definitions.AddRange(own);
            shortcodes[language.Code] = new ShortcodeBinder(
                [.. dataShortcodes, new DefinitionsShortcode(own, language, TemplateRenderer.Site)]);
        }

        return (definitions, shortcodes);
    }

    /// <summary>The definitions of one language: content/_definitions/ for the default language,
    /// content/es/_definitions/ for Spanish.</summary>
    private static List<Definition> Read(LoadContext load, SiteLanguage language, ShortcodeBinder shortcodes)
    {
        var lastGood = load.Previous.Definitions.ToDictionary(d => d.SourcePath);
        var definitions = new List<Definition>();
        foreach (var relative in load.Files.In(language.FileOf(DefinitionReader.Folder), ".md")
            .Where(path => !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase)))
        {
            var file = load.ProblemsOf(relative);
            var id = Path.GetFileNameWithoutExtension(relative);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                file.Add(1, "name definition files in lower-case letters, digits and dashes: the name is the " +
                    "definition's link, such as sex-trafficking.md");
                load.Sources[file.Path] = SourceState.NotShown;
                continue;
            }

            Definition? Render(string text, FileProblems problems) =>
                DefinitionReader.Read(id, text, language, shortcodes, problems);
            // The last good text, rendered again with today's numbers and words: never yesterday's rendering.
            if (LastGood.Resolve(load, file.Path, load.Read(relative, file, text => Render(text, file)),
                () => lastGood.GetValueOrDefault(file.Path) is { } good
                    ? LoadContext.ReadAgain(file.Path, problems => Render(good.SourceText, problems)) : null)
                is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }
}
