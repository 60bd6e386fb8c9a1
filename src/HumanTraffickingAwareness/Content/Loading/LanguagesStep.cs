using HumanTraffickingAwareness.Content.Files;
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
    public static (List<SiteLanguage> Languages, List<KeyValuePair<string, SourceState>> States) Read(
        LoadContext load, SiteSettings site)
    {
        var lastGood = load.Previous.Languages.ToDictionary(l => l.Code);
        var defaultRelative = $"{LanguageReader.Folder}/{site.Language}.yml";
        var defaultFile = load.ProblemsOf(defaultRelative);
        var purpose = $"it holds the words of the site's language '{site.Language}' (site.yml, language)";
        var shownDefault = LastGood.Resolve(defaultFile.Path,
            ReadLanguage(site.Language, null, load.ReadRequired(defaultRelative, purpose, defaultFile), defaultFile),
            () => lastGood.GetValueOrDefault(site.Language) is { IsDefault: true } kept ? kept : null,
            () => BuiltIn(load, defaultRelative, site.Language), load.Previous.StateOf(defaultFile.Path));
        var states = new List<KeyValuePair<string, SourceState>> { shownDefault.State };
        if (shownDefault.Value is not { } defaultLanguage)
        {
            return ([], states);
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
                states.Add(LastGood.NotShown(file.Path));
                continue;
            }

            var read = ReadLanguage(code, defaultLanguage, load.ReadText(relative, file), file);
            var shown = LastGood.Resolve(file.Path, read,
                () => lastGood.GetValueOrDefault(code) is { IsDefault: false } kept ? kept : null,
                () => LanguageReader.StandIn(code, file.Path, defaultLanguage), load.Previous.StateOf(file.Path));
            languages.Add(shown.Value!);
            states.Add(shown.State);
        }

        return (languages, states);
    }

    private static SiteLanguage? ReadLanguage(string code, SiteLanguage? fallback, string? yaml, FileProblems file) =>
        yaml is null ? null : LoadContext.Guarded(file, () => LanguageReader.Read(code, yaml, fallback, file));

    /// <summary>The default language's words as this release was built: its warnings are this load's (an untranslated
    /// text), its problems are not the editors' to fix.</summary>
    private static SiteLanguage? BuiltIn(LoadContext load, string relative, string code)
    {
        var display = load.DisplayPath(relative);
        var yaml = BuiltInContent.Read(relative);
        return yaml is null ? null
            : LoadContext.Guarded(load.Problems.WarningsOnly(display),
                () => LanguageReader.Read(code, yaml, null, load.Problems.WarningsOnly(display)));
    }
}
