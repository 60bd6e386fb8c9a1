using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary><c>site.yml</c> as written, before validation.</summary>
internal sealed class SiteYaml
{
    public string? Language { get; set; }

    public HotlineYaml? Hotline { get; set; }

    public string? EmergencyNumber { get; set; }

    public string? QuickExitUrl { get; set; }

    public int? ReadingGradeLimit { get; set; }

    public int? FactReviewMonths { get; set; }

    public List<OtherLineYaml>? OtherLines { get; set; }

    public List<NavigationYaml>? Navigation { get; set; }
}

internal sealed class HotlineYaml : IHasSourceLine
{
    public string? Phone { get; set; }

    public string? PhoneDial { get; set; }

    public string? TextNumber { get; set; }

    public string? TextKeyword { get; set; }

    public string? TextKeywordAlso { get; set; }

    public string? Tty { get; set; }

    public string? ChatUrl { get; set; }

    public string? Email { get; set; }

    public string? TipReportUrl { get; set; }

    public string? Hours { get; set; }

    /// <summary>Where the values above were read, and when: each entry names its fields.</summary>
    public List<FactSourceYaml>? Sources { get; set; }

    public int SourceLine { get; set; }
}

/// <summary>One page some of the hotline's values were read on, and the day they were last checked there.</summary>
internal sealed class FactSourceYaml : IHasSourceLine
{
    public List<string>? Fields { get; set; }

    public string? Source { get; set; }

    public DateOnly? Checked { get; set; }

    public int SourceLine { get; set; }
}

internal sealed class OtherLineYaml : IHasSourceLine
{
    public string? Id { get; set; }

    public string? Phone { get; set; }

    public string? PhoneDial { get; set; }

    public string? Url { get; set; }

    public string? Hours { get; set; }

    public string? Source { get; set; }

    public DateOnly? Checked { get; set; }

    public int SourceLine { get; set; }
}

internal sealed class NavigationYaml : IHasSourceLine
{
    public string? Url { get; set; }

    public int SourceLine { get; set; }
}
