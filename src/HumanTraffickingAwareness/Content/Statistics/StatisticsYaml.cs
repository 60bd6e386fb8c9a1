using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary><c>statistics.yml</c> as written, before validation.</summary>
internal sealed class StatisticsYaml
{
    public SourceYaml? Source { get; set; }

    public DateOnly? DataAsOf { get; set; }

    public string? Note { get; set; }

    public List<RegionYaml>? Regions { get; set; }
}

internal sealed class SourceYaml
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>The day someone last read the figures at <see cref="Url"/>.</summary>
    public DateOnly? Checked { get; set; }
}

internal sealed class RegionYaml : IHasSourceLine
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PartOf { get; set; }

    public List<PeriodYaml>? Periods { get; set; }

    public int SourceLine { get; set; }
}

internal sealed class PeriodYaml : IHasSourceLine
{
    public int? Year { get; set; }

    /// <summary>"2007-12" (a month) or "2007-12-01" (a day).</summary>
    public string? From { get; set; }

    public DateOnly? To { get; set; }

    public long? Contacts { get; set; }

    public long? Cases { get; set; }

    public long? Victims { get; set; }

    public int SourceLine { get; set; }
}
