using System.Globalization;
using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// Reads one file of <c>content/_languages/</c>. The default language's file must be complete; another language may
/// leave texts out while its translation is under way: they are shown in the default language, and reported.
/// </summary>
public static partial class LanguageReader
{
    public const string Folder = "_languages";

    /// <summary>Whether a file name (without .yml) can be a language code: en, es, pt-br.</summary>
    public static bool IsLanguageCode(string code) => LanguageCode().IsMatch(code);

    /// <param name="fallback">
    /// The default language, whose texts stand in for missing ones; null when reading it.
    /// </param>
    /// <param name="problems">This file's, with none yet: the language is only returned when none are added. Missing
    /// translations are its warnings: they do not stop the language from being served.</param>
    public static SiteLanguage? Read(string code, string yaml, SiteLanguage? fallback, FileProblems problems)
    {
        if (StrictYaml.ReadFile<LanguageYaml>(yaml, problems) is not { } raw)
        {
            return null;
        }

        var keyLines = YamlKeyLines.Of(yaml);
        var written = raw.Text ?? [];
        if (written.Keys.FirstOrDefault(k => !SiteText.Keys.Contains(k)) is { } unknown)
        {
            problems.Add(keyLines.LineOf($"text/{unknown}") ?? 1, $"unknown field '{unknown}' (check its spelling)");
            return null;
        }

        void Missing(string field) => problems.Add(1, $"missing the required field '{field}'");

        if (string.IsNullOrWhiteSpace(raw.Name)) Missing("name");
        if (string.IsNullOrWhiteSpace(raw.SiteName)) Missing("site_name");
        if (string.IsNullOrWhiteSpace(raw.HotlineName)) Missing("hotline_name");
        if (raw.Text is null) Missing("text");

        var direction = raw.Direction?.Trim() ?? "ltr";
        if (direction is not ("ltr" or "rtl"))
        {
            problems.Add(keyLines.LineOf("direction")
                ?? 1, $"direction: '{raw.Direction}' must be ltr (left to right, the default) or rtl " +
                "(right to left, as Arabic)");
        }

        var culture = ReadCulture(raw.Culture, code, problems);
        var dateFormat = ReadFormat(raw.DateFormat, "date_format", "MMMM d, yyyy", culture, problems);
        var monthFormat = ReadFormat(raw.MonthFormat, "month_format", "MMMM yyyy", culture, problems);

        var menu = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, label) in raw.Menu ?? [])
        {
            if (!url.StartsWith('/'))
            {
                problems.Add(1, $"menu: '{url}' must be a page address as site.yml's navigation " +
                    "writes it, starting with /");
                continue;
            }

            menu[UrlPaths.Normalize(url)] = label.Trim();
        }

        // Missing texts are reported where the block's first text is (the line of text: when it has none).
        var textLine = written.Keys.Select(k => keyLines.LineOf($"text/{k}")).Min() ?? keyLines.LineOf("text") ?? 1;
        var text = SiteText.From(new SiteTextReader(written, textLine, fallback?.Text, problems));
        if (problems.HasAny)
        {
            return null;
        }

        var statistics = raw.Statistics is { } s
            ? new LanguageStatistics(s.SourceName?.Trim(), s.Note?.Trim(), (s.Regions ?? [])
                .ToDictionary(r => r.Key, r => r.Value.Trim(), StringComparer.Ordinal))
            : LanguageStatistics.None;
        return new SiteLanguage(code, raw.Name!.Trim(), culture!, dateFormat!, monthFormat!, raw.SiteName!.Trim(),
            raw.HotlineName!.Trim(),
            menu, statistics, text, problems.Path, IsDefault: fallback is null, direction)
        {
            TranslatedFrom = raw.TranslatedFrom?.Trim(),
            TranslatedFromLine = keyLines.LineOf("translated_from") ?? 1,
            SourceYaml = yaml,
        };
    }

    /// <summary>
    /// A stand-in for a language whose file cannot be read and has no last good version: its pages keep their
    /// address and language code, with the default language's words until the file is mended.
    /// </summary>
    public static SiteLanguage StandIn(string code, string path, SiteLanguage defaultLanguage) =>
        defaultLanguage with { Code = code, Name = code, SourcePath = path, IsDefault = false };

    private static CultureInfo? ReadCulture(string? name, string code, FileProblems problems)
    {
        try
        {
            // predefinedOnly: a misspelt name is refused, rather than made into an empty culture that formats like
            // English.
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(name) ? code
                : name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            problems.Add(1, $"culture: '{name}' is not a culture this server knows; write one such as en-US or es-US");
            return null;
        }
    }

    private static string? ReadFormat(
        string? format, string field, string example, CultureInfo? culture, FileProblems problems)
    {
        var value = string.IsNullOrWhiteSpace(format) ? example : format.Trim();
        try
        {
            _ = new DateOnly(2021, 12, 31).ToString(value, culture ?? CultureInfo.InvariantCulture);
            return value;
        }
        catch (FormatException)
        {
            problems.Add(1, $"{field}: '{value}' is not a date pattern; write one such as {example}");
            return null;
        }
    }

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
