using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The language files of content/_languages/.</summary>
internal sealed partial class ContentLoad
{
    /// <summary>
    /// The default language first (its file must be sound, or have a last good version), then every other file of
    /// content/_languages/. A broken file keeps its last good version, or stands in with the default language's words.
    /// </summary>
    public List<SiteLanguage> ReadLanguages(SiteSettings site)
    {
        var lastGood = _previous.Languages.ToDictionary(l => l.Code);
        var defaultRelative = $"{LanguageReader.Folder}/{site.Language}.yml";
        var defaultFile = Problems.For(DisplayPath(defaultRelative));
        var defaultLanguage = ReadLanguage(site.Language, fallback: null, ReadRequired(defaultRelative,
                $"it holds the words of the site's language '{site.Language}' (site.yml, language)", defaultFile), defaultFile)
            ?? (lastGood.GetValueOrDefault(site.Language) is { IsDefault: true } keptDefault ? keptDefault : null)
            ?? BuiltInLanguage(site.Language, defaultFile.Path);
        if (defaultLanguage is null)
        {
            _states[defaultFile.Path] = SourceState.NotShown;
            return [];
        }

        var languages = new List<SiteLanguage> { defaultLanguage };
        var others = Files.In(LanguageReader.Folder, ".yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var code in others.Where(c => c != site.Language))
        {
            var relative = $"{LanguageReader.Folder}/{code}.yml";
            var file = Problems.For(DisplayPath(relative));
            if (!LanguageReader.IsLanguageCode(code))
            {
                file.Add(1, "name a language file by its language code in lower case, such as es.yml: the code is also its pages' folder and address (/es)");
                _states[file.Path] = SourceState.NotShown;
                continue;
            }

            languages.Add(ReadLanguage(code, defaultLanguage, ReadText(relative, file), file)
                ?? (lastGood.GetValueOrDefault(code) is { IsDefault: false } kept ? kept : LanguageReader.StandIn(code, file.Path, defaultLanguage)));
        }

        return languages;
    }

    private SiteLanguage? ReadLanguage(string code, SiteLanguage? fallback, string? yaml, FileProblems file)
    {
        if (yaml is null)
        {
            return null;
        }

        var language = Guarded(file, () => LanguageReader.Read(code, yaml, fallback, file));
        _states[file.Path] = language is null || file.HasAny ? SourceState.LastGoodKept : SourceState.Published;
        return language;
    }

    /// <summary>The default language's words as this release was built, when the folder's own file has never been good.</summary>
    private SiteLanguage? BuiltInLanguage(string code, string display)
    {
        var yaml = BuiltInContent.Read($"{LanguageReader.Folder}/{code}.yml");
        return yaml is null ? null : Guarded(Problems.WarningsOnly(display), () => LanguageReader.Read(code, yaml, null, Problems.WarningsOnly(display)));
    }
}
