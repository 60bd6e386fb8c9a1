namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// The hotline's figures from <c>content/statistics.yml</c>: typed there once, shown everywhere from here.
/// </summary>
public sealed record HotlineStatistics(
    StatisticsSource Source,
    DateOnly DataAsOf,
    string Note,
    IReadOnlyList<StatisticsRegion> Regions)
{
    public StatisticsRegion? FindRegion(string id) =>
        Regions.FirstOrDefault(r => r.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The region, or null and a message for an editor who mistyped its id.</summary>
    public StatisticsRegion? FindRegion(string id, out string? error)
    {
        var region = FindRegion(id);
        error = region is null ? $"no region '{id}'; the regions are {string.Join(", ", Regions.Select(r => r.Id))}"
            : null;
        return region;
    }

    /// <summary>What a page that shows figures is told while statistics.yml cannot be read.</summary>
    public const string Unavailable = "the figures in " + Statistics.StatisticsReader.FileName
        + " could not be read (see its own problems)";
}

public sealed record StatisticsSource(string Name, string Url)
{
    /// <summary>Where the figures were read, and when: shown beside them, and reviewed by check-content.</summary>
    public Facts.Fact? Fact { get; init; }
}

/// <summary>A place the hotline reports on. <see cref="PartOf"/> names the larger region it is a share of.</summary>
public sealed record StatisticsRegion(string Id, string Name, string? PartOf, IReadOnlyList<StatisticsPeriod> Periods)
{
    public StatisticsPeriod? FindPeriod(string key) =>
        Periods.FirstOrDefault(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A span of time and the counts the hotline published for it. A count the hotline did not publish is null, never 0.
/// A single year has the key "2021"; a longer span has "2007-2021".
/// </summary>
public sealed record StatisticsPeriod(
    string Key,
    DateOnly Start,
    bool StartIsMonthOnly,
    DateOnly End,
    long? Contacts,
    long? Cases,
    long? Victims)
{
    public bool IsSingleYear => Start.Year == End.Year && Start.DayOfYear == 1 && End.Month == 12 && End.Day == 31;

    public long? Count(StatisticsMeasure measure) => measure switch
    {
        StatisticsMeasure.Contacts => Contacts,
        StatisticsMeasure.Cases => Cases,
        StatisticsMeasure.Victims => Victims,
        _ => null,
    };

    /// <summary>Cases per 100 contacts, when both are known: how often a contact turned out to be a case.</summary>
    public double? CasesPer100Contacts =>
        Contacts is > 0 && Cases is not null ? Cases.Value * 100.0 / Contacts.Value : null;
}

public enum StatisticsMeasure
{
    Contacts,
    Cases,
    Victims,
}
