using System.Globalization;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// Reads and checks <c>statistics.yml</c>; any mistake rejects the whole file so no half-right figures show.
/// </summary>
public static class StatisticsReader
{
    public const string FileName = "statistics.yml";

    /// <param name="problems">This file's, with none yet: the figures are only returned when none are added.</param>
    public static HotlineStatistics? Read(string yaml, FileProblems problems)
    {
        if (StrictYaml.ReadFile<StatisticsYaml>(yaml, problems) is not { } raw)
        {
            return null;
        }

        void Problem(int line, string message) => problems.Add(Math.Max(line, 1), message);

        if (string.IsNullOrWhiteSpace(raw.Source?.Name)
            || !Uri.TryCreate(raw.Source.Url, UriKind.Absolute, out var sourceUrl)
            || sourceUrl.Scheme != Uri.UriSchemeHttps)
        {
            Problem(1, "'source' needs a 'name' and an https 'url' of the hotline's statistics page");
        }

        var keyLines = YamlKeyLines.Of(yaml);
        var fact = raw.Source is null ? null
            : Facts.FactFields.Read("statistics: the figures' source", raw.Source.Url, raw.Source.Checked,
            keyLines.LineOf("source") ?? 1, keyLines.LineOf("source/checked"), problems, "url");
        if (raw.DataAsOf is null) Problem(
            1, "missing the required field 'data_as_of' (the date the figures run to, such as 2021-12-31)");
        if (string.IsNullOrWhiteSpace(raw.Note)) Problem(1, "missing the required field 'note'");
        if (raw.Regions is not { Count: > 0 }) Problem(1, "'regions' must list at least one region");

        var regions = new List<StatisticsRegion>();
        foreach (var region in raw.Regions ?? [])
        {
            if (ReadRegion(region, Problem) is { } read)
            {
                if (regions.Any(r => r.Id == read.Id))
                {
                    Problem(region.SourceLine, $"the region id '{read.Id}' is used twice");
                }

                regions.Add(read);
            }
        }

        // Only judged when every region was read: a broken region must not also be reported as a missing one.
        var allRead = regions.Count == raw.Regions?.Count;
        foreach (var region in regions.Where(r =>
            allRead && r.PartOf is not null && regions.All(o => o.Id != r.PartOf)))
        {
            Problem(raw.Regions!.First(r => r.Id == region.Id)
                .SourceLine, $"'part_of: {region.PartOf}' names no region of this file");
        }

        // Only once every figure is read: then regions and periods are in the file's order, and a count's line is
        // known.
        if (!problems.HasAny)
        {
            int LineOfCount(int region, int period, StatisticsMeasure measure) =>
                keyLines.LineOf($"regions/{region}/periods/{period}/{measure.ToString().ToLowerInvariant()}")
                ?? raw.Regions![region].Periods![period].SourceLine;
            FigureSense.Check(regions, LineOfCount, Problem);
        }

        return problems.HasAny
            ? null
            : new HotlineStatistics(new StatisticsSource(
                raw.Source!.Name!.Trim(), raw.Source.Url!.Trim())
            { Fact = fact }, raw.DataAsOf!.Value,
                raw.Note!.Trim(), regions);
    }

    private static StatisticsRegion? ReadRegion(RegionYaml region, Action<int, string> problem)
    {
        var ok = true;
        if (string.IsNullOrWhiteSpace(region.Id)
            || !region.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problem(region.SourceLine, "each region needs an 'id' of lower-case letters, digits " +
                "and dashes, such as missouri");
            ok = false;
        }

        if (string.IsNullOrWhiteSpace(region.Name))
        {
            problem(region.SourceLine, "each region needs a 'name', such as Missouri");
            ok = false;
        }

        var periods = new List<StatisticsPeriod>();
        foreach (var period in region.Periods ?? [])
        {
            if (ReadPeriod(period, problem) is not { } read)
            {
                ok = false;
                continue;
            }

            if (periods.Any(p => p.Key == read.Key))
            {
                problem(period.SourceLine, read.IsSingleYear
                    ? $"the year {read.Key} appears twice in {region.Name}"
                    : $"the period {read.Key} appears twice in {region.Name}");
                ok = false;
            }

            periods.Add(read);
        }

        return ok ? new StatisticsRegion(region.Id!, region.Name!.Trim(), region.PartOf, periods) : null;
    }

    private static StatisticsPeriod? ReadPeriod(PeriodYaml period, Action<int, string> problem)
    {
        var line = period.SourceLine;
        var ok = true;
        foreach (var (name, value) in new[] { ("contacts", period.Contacts), ("cases", period.Cases),
            ("victims", period.Victims) })
        {
            if (value < 0)
            {
                problem(line, $"'{name}' cannot be negative");
                ok = false;
            }
        }

        if (period.Contacts is null && period.Cases is null && period.Victims is null)
        {
            problem(line, "a period needs at least one of contacts, cases or victims");
            ok = false;
        }

        DateOnly start, end;
        var monthOnly = false;
        if (period.Year is int year)
        {
            if (period.From is not null || period.To is not null)
            {
                problem(line, "give either 'year' or 'from' and 'to', not both");
                return null;
            }

            if (year is < 1900 or > 2200)
            {
                problem(line, $"{year} is not a plausible year");
                return null;
            }

            (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        else if (period.From is not null && period.To is DateOnly to)
        {
            if (DateOnly.TryParseExact(period.From, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None,
                out start))
            {
                monthOnly = true;
            }
            else if (!DateOnly.TryParseExact(
                period.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                problem(line, $"'from: {period.From}' is not a month (2007-12) or a date (2007-12-01)");
                return null;
            }

            end = to;
            if (end < start)
            {
                problem(line, $"this period ends ({end:yyyy-MM-dd}) before it starts ({period.From})");
                return null;
            }
        }
        else
        {
            problem(line, "a period needs either 'year', or both 'from' and 'to'");
            return null;
        }

        var key = start.Year == end.Year && period.Year is not null ? $"{start.Year}" : $"{start.Year}-{end.Year}";
        return ok ? new StatisticsPeriod(key, start, monthOnly, end, period.Contacts, period.Cases, period.Victims)
            : null;
    }
}
