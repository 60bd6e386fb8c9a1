using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// Turns a page's YAML block into a <see cref="FrontMatter"/>, or into problems an editor can act on.
/// </summary>
public static class FrontMatterReader
{
    /// <param name="yaml">The text between the two <c>---</c> lines.</param>
    /// <param name="openingLine">The 1-based line of the opening <c>---</c>.</param>
    /// <param name="problems">This file's, with none yet: what is read is only used when none are added.</param>
    public static FrontMatter? Read(string yaml, int openingLine, FileProblems problems)
    {
        var raw = StrictYaml.Read<FrontMatterYaml>(yaml, openingLine + 1, problems);
        if (problems.HasAny)
        {
            return null;
        }

        raw ??= new FrontMatterYaml();
        Require(raw.Title, "title", openingLine, problems);
        Require(raw.Description, "description", openingLine, problems);
        if (problems.HasAny)
        {
            return null;
        }

        var translationLine = YamlKeyLines.Of(yaml, openingLine + 1).LineOf("translation") ?? openingLine;
        TranslationReview? translation = null;
        if (raw.Translation is { } written)
        {
            translation = Translations.FirstOrDefault(t => t.Written == written.Trim()).Review;
            if (translation is null)
            {
                problems.Add(translationLine, $"translation: '{written.Trim()}' is " +
                    $"not one of: {string.Join("; ", Translations.Select(t => t.Written))}");
                return null;
            }
        }

        var translatedFromLine = YamlKeyLines.Of(yaml, openingLine + 1).LineOf("translated_from") ?? translationLine;
        var translatedFrom = raw.TranslatedFrom?.Trim();
        if (translatedFrom is not null && !TranslatedFrom.IsWellFormed(translatedFrom))
        {
            problems.Add(translatedFromLine, $"translated_from: '{translatedFrom}' is not a version of the English " +
                "page: let check-content --mark-translated write it");
            return null;
        }

        var format = PageFormat.Standard;
        if (raw.Format is { } writtenFormat)
        {
            if (writtenFormat.Trim() != EasyReadFormat)
            {
                var formatLine = YamlKeyLines.Of(yaml, openingLine + 1).LineOf("format") ?? openingLine;
                problems.Add(formatLine, $"format: '{writtenFormat.Trim()}' is not a format the site knows: write " +
                    $"format: {EasyReadFormat}, or leave it out");
                return null;
            }

            format = PageFormat.EasyRead;
        }

        return new FrontMatter(raw.Title!.Trim(), raw.Description!.Trim(), raw.Weight, raw.Lastmod, raw.Draft)
        {
            Translation = translation,
            TranslationLine = translationLine,
            TranslatedFrom = translatedFrom,
            TranslatedFromLine = translatedFromLine,
            Format = format,
        };
    }

    /// <summary>What an editor writes after <c>format:</c> for an Easy Read page.</summary>
    public const string EasyReadFormat = "easy-read";

    /// <summary>
    /// What an editor writes after <c>translation:</c>, exactly: a fixed list, so a check can rely on it.
    /// </summary>
    public static readonly IReadOnlyList<(string Written, TranslationReview? Review)> Translations =
    [
        ("machine translation, not checked", TranslationReview.MachineNotChecked),
        ("machine translation, checked by back-translation", TranslationReview.MachineCheckedByBackTranslation),
        ("checked by a fluent reader", TranslationReview.CheckedByFluentReader),
    ];

    private static void Require(string? value, string field, int line, FileProblems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(line, $"front matter is missing the required field '{field}'");
        }
    }
}
