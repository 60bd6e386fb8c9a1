using System.Globalization;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// One language of the site, from <c>content/_languages/CODE.yml</c>. The default language's pages are at the top of
/// content/ (/learn); another language's pages are in the folder named by its code (content/es/learn.md is /es/learn).
/// </summary>
public sealed record SiteLanguage(
    string Code,
    string Name,
    CultureInfo Culture,
    string DateFormat,
    string MonthFormat,
    string SiteName,
    string HotlineName,
    IReadOnlyDictionary<string, string> Menu,
    LanguageStatistics Statistics,
    SiteText Text,
    string SourcePath,
    bool IsDefault,
    string Direction = "ltr")
{
    /// <summary>Whether the language is written right to left (Arabic): the page is laid out mirrored.</summary>
    public bool IsRightToLeft => Direction == "rtl";

    /// <summary>The start of this language's addresses: "" for the default language, "/es" for Spanish.</summary>
    public string Prefix => IsDefault ? "" : "/" + Code;

    /// <summary>This language's address of a page: "/learn" in Spanish is "/es/learn", "/" is "/es".</summary>
    public string UrlOf(string neutralPath) =>
        IsDefault ? neutralPath : neutralPath == "/" ? Prefix : Prefix + neutralPath;

    /// <summary>
    /// Whether an address is one of this language's (for the default language: one of no other language's).
    /// </summary>
    public bool Owns(string url) =>
        !IsDefault && (url.Equals(Prefix, StringComparison.OrdinalIgnoreCase)
            || url.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase));

    /// <summary>The address as the default language has it: "/es/learn" is "/learn".</summary>
    public string NeutralPathOf(string url)
    {
        var normalized = UrlPaths.Normalize(url);
        return Owns(normalized) ? UrlPaths.Normalize(normalized[Prefix.Length..]) : normalized;
    }

    /// <summary>Where a file of this language lives inside content/: "learn.md" in Spanish is "es/learn.md".</summary>
    public string FileOf(string relativePath) => IsDefault ? relativePath : $"{Code}/{relativePath}";

    public string Date(DateOnly date) => date.ToString(DateFormat, Culture);

    public string Month(DateOnly date) => date.ToString(MonthFormat, Culture);

    /// <summary>
    /// The version of the default language's file this one was translated from (<c>translated_from:</c>).
    /// </summary>
    public string? TranslatedFrom { get; init; }

    public int TranslatedFromLine { get; init; } = 1;

    /// <summary>The file as read, for telling at which line a text's English changed since it was translated.</summary>
    public string SourceYaml { get; init; } = "";

}

/// <summary>
/// The words of statistics.yml in one language; for the default language, statistics.yml's own are used.
/// </summary>
public sealed record LanguageStatistics(string? SourceName, string? Note, IReadOnlyDictionary<string, string> Regions)
{
    public static LanguageStatistics None { get; } = new(null, null, new Dictionary<string, string>());
}
