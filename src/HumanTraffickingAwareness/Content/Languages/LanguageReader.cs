using System.Globalization;
using System.Reflection;
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

    private static readonly PropertyInfo[] Texts = typeof(SiteText).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
        .ToArray();

    /// <summary>Whether a file name (without .yml) can be a language code: en, es, pt-br.</summary>
    public static bool IsLanguageCode(string code) => LanguageCode().IsMatch(code);

    /// <param name="fallback">The default language, whose texts stand in for missing ones; null when reading it.</param>
    /// <param name="warnings">Where missing translations go: they do not stop the language from being served.</param>
    public static SiteLanguage? Read(string code, string yaml, string path, SiteLanguage? fallback, List<ContentProblem> problems, List<ContentProblem> warnings)
    {
        var before = problems.Count;
        var raw = StrictYaml.Read<LanguageYaml>(yaml, path, 1, problems);
        if (problems.Count > before)
        {
            return null;
        }

        if (raw is null)
        {
            problems.Add(new ContentProblem(path, 1, "the file is empty"));
            return null;
        }

        void Missing(string field) => problems.Add(new ContentProblem(path, 1, $"missing the required field '{field}'"));

        if (string.IsNullOrWhiteSpace(raw.Name)) Missing("name");
        if (string.IsNullOrWhiteSpace(raw.SiteName)) Missing("site_name");
        if (string.IsNullOrWhiteSpace(raw.HotlineName)) Missing("hotline_name");
        if (raw.Text is null) Missing("text");

        var direction = raw.Direction?.Trim() ?? "ltr";
        if (direction is not ("ltr" or "rtl"))
        {
            problems.Add(new ContentProblem(path, YamlKeyLines.Of(yaml).LineOf("direction") ?? 1, $"direction: '{raw.Direction}' must be ltr (left to right, the default) or rtl (right to left, as Arabic)"));
        }

        var culture = ReadCulture(raw.Culture, code, path, problems);
        var dateFormat = ReadFormat(raw.DateFormat, "date_format", "MMMM d, yyyy", culture, path, problems);
        var monthFormat = ReadFormat(raw.MonthFormat, "month_format", "MMMM yyyy", culture, path, problems);

        var menu = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, label) in raw.Menu ?? [])
        {
            if (!url.StartsWith('/'))
            {
                problems.Add(new ContentProblem(path, 1, $"menu: '{url}' must be a page address as site.yml's navigation writes it, starting with /"));
                continue;
            }

            menu[UrlPaths.Normalize(url)] = label.Trim();
        }

        var text = raw.Text ?? new SiteText();
        CheckTexts(text, path, fallback, problems, warnings);
        if (problems.Count > before)
        {
            return null;
        }

        var statistics = raw.Statistics is { } s
            ? new LanguageStatistics(s.SourceName?.Trim(), s.Note?.Trim(), (s.Regions ?? []).ToDictionary(r => r.Key, r => r.Value.Trim(), StringComparer.Ordinal))
            : LanguageStatistics.None;
        return new SiteLanguage(code, raw.Name!.Trim(), culture!, dateFormat!, monthFormat!, raw.SiteName!.Trim(), raw.HotlineName!.Trim(),
            menu, statistics, text, path, IsDefault: fallback is null, direction);
    }

    /// <summary>
    /// A stand-in for a language whose file cannot be read and has no last good version: its pages keep their
    /// address and language code, with the default language's words until the file is mended.
    /// </summary>
    public static SiteLanguage StandIn(string code, string path, SiteLanguage defaultLanguage) =>
        defaultLanguage with { Code = code, Name = code, SourcePath = path, IsDefault = false };

    private static void CheckTexts(SiteText text, string path, SiteLanguage? fallback, List<ContentProblem> problems, List<ContentProblem> warnings)
    {
        var line = Math.Max(text.SourceLine, 1);
        foreach (var property in Texts)
        {
            var key = Yaml(property.Name);
            var value = (string)property.GetValue(text)!;
            if (string.IsNullOrWhiteSpace(value))
            {
                if (fallback is null)
                {
                    problems.Add(new ContentProblem(path, line, $"text: missing '{key}'"));
                }
                else
                {
                    var standIn = (string)property.GetValue(fallback.Text)!;
                    warnings.Add(new ContentProblem(path, line, $"text: '{key}' is not translated yet; readers see \"{standIn}\" until it is"));
                    property.SetValue(text, standIn);
                }

                continue;
            }

            property.SetValue(text, value.Trim());
            var required = property.GetCustomAttribute<PlaceholdersAttribute>()?.Names ?? [];
            var written = TextTemplate.PlaceholdersIn(value);
            var lacking = required.Where(n => !written.Contains(n)).ToList();
            var unknown = written.Where(n => !required.Contains(n)).ToList();
            if (lacking.Count > 0 || unknown.Count > 0)
            {
                var expected = required.Count == 0 ? "no {names}: write it without braces" : "these {names}: " + string.Join(", ", required.Select(n => "{" + n + "}"));
                problems.Add(new ContentProblem(path, line, $"text: '{key}' must contain {expected} (the site fills them in)"));
            }
        }
    }

    private static CultureInfo? ReadCulture(string? name, string code, string path, List<ContentProblem> problems)
    {
        try
        {
            // predefinedOnly: a misspelt name is refused, rather than made into an empty culture that formats like English.
            return CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(name) ? code : name.Trim(), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            problems.Add(new ContentProblem(path, 1, $"culture: '{name}' is not a culture this server knows; write one such as en-US or es-US"));
            return null;
        }
    }

    private static string? ReadFormat(string? format, string field, string example, CultureInfo? culture, string path, List<ContentProblem> problems)
    {
        var value = string.IsNullOrWhiteSpace(format) ? example : format.Trim();
        try
        {
            _ = new DateOnly(2021, 12, 31).ToString(value, culture ?? CultureInfo.InvariantCulture);
            return value;
        }
        catch (FormatException)
        {
            problems.Add(new ContentProblem(path, 1, $"{field}: '{value}' is not a date pattern; write one such as {example}"));
            return null;
        }
    }

    /// <summary>SkipToMain is skip_to_main: the key as the file writes it.</summary>
    private static string Yaml(string propertyName) => YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance.Apply(propertyName);

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
