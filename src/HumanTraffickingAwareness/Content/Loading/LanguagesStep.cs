using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The language files of content/_languages/.</summary>
internal static class LanguagesStep
{
    /// <summary>
    /// The default language first (its file sound, or its last good version, or the one this release was built with),
    /// then every other file of content/_languages/: a broken one keeps its last good version, or stands in with the
    /// default language's words. No languages when the default language cannot be had at all.
    /// </summary>
    public static List<SiteLanguage> Read(LoadContext load, SiteSettings site)
    {
        var lastGood = load.Previous.Languages.ToDictionary(l => l.Code);
        var defaultRelative = $"{LanguageReader.Folder}/{site.Language}.yml";
        var defaultFile = load.ProblemsOf(defaultRelative);
        SiteLanguage? Default(string yaml, FileProblems file) => LanguageReader.Read(site.Language, yaml, null, file);
        var purpose = $"it holds the words of the site's language '{site.Language}' (site.yml, language)";
        var defaultLanguage = LastGood.Resolve(load, defaultFile.Path,
            load.Read(defaultRelative, defaultFile, yaml => Default(yaml, defaultFile), purpose),
            () => lastGood.GetValueOrDefault(site.Language) is { IsDefault: true } kept ? kept : null,
            () => load.BuiltIn(defaultRelative, Default, warnings: true));
        if (defaultLanguage is null)
        {
            return [];
        }

        var languages = new List<SiteLanguage> { defaultLanguage };
        var others = load.Files.In(LanguageReader.Folder, ".yml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(code => code != site.Language).Order(StringComparer.Ordinal);
        foreach (var code in others)
        {
            var relative = $"{LanguageReader.Folder}/{code}.yml";
            var file = load.ProblemsOf(relative);
            if (!LanguageReader.IsLanguageCode(code))
            {
                file.Add(1, "name a language file by its language code in lower case, such as es.yml: the code is " +
                    "also its pages' folder and address (/es)");
                load.Sources[file.Path] = SourceState.NotShown;
                continue;
            }

            languages.Add(LastGood.Resolve(load, file.Path,
                load.Read(relative, file, yaml => LanguageReader.Read(code, yaml, defaultLanguage, file)),
                () => lastGood.GetValueOrDefault(code) is { IsDefault: false } kept ? kept : null,
                () => LanguageReader.StandIn(code, file.Path, defaultLanguage))!);
        }

        return languages;
    }
}
