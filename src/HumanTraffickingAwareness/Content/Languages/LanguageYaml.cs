using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>A file of <c>content/_languages/</c> as written, before validation.</summary>
internal sealed class LanguageYaml
{
    public string? Name { get; set; }

    public string? Culture { get; set; }

    public string? Direction { get; set; }

    public string? DateFormat { get; set; }

    public string? MonthFormat { get; set; }

    public string? SiteName { get; set; }

    public string? HotlineName { get; set; }

    /// <summary>
    /// The version of the default language's file this one was translated from (check-content --mark-translated).
    /// </summary>
    public string? TranslatedFrom { get; set; }

    public Dictionary<string, string>? Menu { get; set; }

    public LanguageStatisticsYaml? Statistics { get; set; }

    /// <summary>The site's words by key, read into a <see cref="SiteText"/> by <see cref="SiteText.From"/>.</summary>
    public Dictionary<string, string?>? Text { get; set; }
}

internal sealed class LanguageStatisticsYaml : IHasSourceLine
{
    public string? SourceName { get; set; }

    public string? Note { get; set; }

    public Dictionary<string, string>? Regions { get; set; }

    public int SourceLine { get; set; }
}
