using HumanTraffickingAwareness.Content.Checks;
using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Whether each translation (page, definition, language file) was made from the English as it is now: its
/// <c>translated_from:</c> against the English's version. When not, a warning says which English paragraphs changed
/// (when <c>_translated-from/</c> keeps the English it was made from), and the page is shown as not checked.
/// </summary>
internal static class TranslationsStep
{
    /// <returns>The pages, those whose English changed since they were translated marked so.</returns>
    public static Dictionary<string, ContentPage> Check(LoadContext load, List<SiteLanguage> languages,
        Dictionary<string, ContentPage> pages, List<Definition> definitions)
    {
        var english = languages[0];
        var result = new Dictionary<string, ContentPage>(pages, StringComparer.Ordinal);
        foreach (var page in pages.Values.Where(p => p.Language != english.Code)
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var own = languages.First(l => l.Code == page.Language);
            if (pages.GetValueOrDefault(english.UrlOf(own.NeutralPathOf(page.Url))) is { } original
                && original.Language == english.Code && !IsCurrent(load, page.SourcePath, original.SourcePath,
                    EnglishVersion.OfMarkdown(original.SourceText), EnglishVersion.OfMarkdown,
                    page.FrontMatter.TranslatedFrom, page.FrontMatter.TranslatedFromLine))
            {
                result[page.Url] = page with { EnglishChanged = true };
                if (page.FrontMatter.Translation is TranslationReview.MachineCheckedByBackTranslation
                    or TranslationReview.CheckedByFluentReader)
                {
                    load.Problems.For(page.SourcePath).Warn(page.FrontMatter.TranslationLine,
                        "translation: says it was checked, but not against the English as it is now: until the " +
                            "translation is updated and marked current, readers are told it is a " +
                            "machine translation, not checked");
                }
            }
        }

        var englishPage = english.UrlOf(Definition.NeutralPageUrl);
        foreach (var definition in definitions.Where(d => d.PageUrl != englishPage)
            .OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            if (definitions.FirstOrDefault(d => d.Id == definition.Id && d.PageUrl == englishPage) is { } original)
            {
                IsCurrent(load, definition.SourcePath, original.SourcePath,
                    EnglishVersion.OfMarkdown(original.SourceText), EnglishVersion.OfMarkdown,
                    definition.TranslatedFrom, definition.TranslatedFromLine);
            }
        }

        var englishTexts = EnglishVersion.OfLanguageFile(english.SourceYaml);
        foreach (var language in languages.Skip(1).Where(l => l.SourceYaml.Length > 0))
        {
            IsCurrent(load, language.SourcePath, english.SourcePath, englishTexts, EnglishVersion.OfLanguageFile,
                language.TranslatedFrom, language.TranslatedFromLine,
                then => WarnAtChangedTexts(load, language, then, englishTexts));
        }

        return result;
    }

    /// <param name="read">How the kept copy of the English is read into paragraphs.</param>
    /// <param name="describe">What to say of the changes instead of listing them in the one warning (a language file
    /// warns at each text's own line); null to list them.</param>
    private static bool IsCurrent(LoadContext load, string translationPath, string englishPath,
        IReadOnlyList<EnglishParagraph> now, Func<string, IReadOnlyList<EnglishParagraph>> read, string? recorded,
        int line, Action<IReadOnlyList<EnglishParagraph>>? describe = null)
    {
        var version = EnglishVersion.Of(now);
        if (recorded == version)
        {
            return true;
        }

        var relative = translationPath[(load.DisplayPath("").Length + 1)..];
        var mark = $"check-content --mark-translated {relative}";
        var file = load.Problems.For(translationPath);
        if (recorded is null)
        {
            file.Warn(line, $"this translation does not say which version of {englishPath} it was made from: once it " +
                $"says what the English says now, run {mark} (it writes translated_from:)");
            return false;
        }

        var copy = $"{TranslatedFrom.CopiesFolder}/{relative}";
        var then = load.Files.Contains(copy)
            && load.Files.Read(copy, load.Problems.WarningsOnly(load.DisplayPath(copy))) is { } text ? read(text)
            : null;
        var known = then is not null && EnglishVersion.Of(then) == recorded;
        var changes = !known ? $" ({load.DisplayPath(copy)}, the English it was made from, is not there or is " +
            $"another version, so the changed paragraphs cannot be named: compare with the history of {englishPath})"
            : describe is null ? EnglishChanges.Describe(then!, now, englishPath)
                : " Each changed text is a warning at its line below.";
        file.Warn(line, $"{englishPath} has changed since this translation was made (translated_from: {recorded}, " +
            $"the English is now {version}): translate what changed, then run {mark}.{changes}");
        if (known)
        {
            describe?.Invoke(then!);
        }

        return false;
    }

    private static void WarnAtChangedTexts(LoadContext load, SiteLanguage language,
        IReadOnlyList<EnglishParagraph> then, IReadOnlyList<EnglishParagraph> now)
    {
        var lines = YamlKeyLines.Of(language.SourceYaml);
        var was = then.Where(p => p.Key is not null).ToDictionary(p => p.Key!, p => p.Text, StringComparer.Ordinal);
        var file = load.Problems.For(language.SourcePath);
        foreach (var text in EnglishChanges.Between(then, now).ChangedOrNew)
        {
            file.Warn(lines.LineOf(text.Key!) ?? language.TranslatedFromLine, was.TryGetValue(text.Key!, out var old)
                ? $"{text.Key}: the English changed since this file was translated, from \"{old}\" to " +
                    $"\"{text.Text}\": translate it again"
                : $"{text.Key}: new in the English since this file was translated: \"{text.Text}\"");
        }
    }
}
