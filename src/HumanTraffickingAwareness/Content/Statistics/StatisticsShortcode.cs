using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// Blocks built from statistics.yml, each on a line of its own: <c>{{ statistics table REGION }}</c>,
/// <c>{{ statistics chart REGION }}</c> (contacts, cases and victims, every period side by side),
/// <c>{{ statistics rates }}</c> (cases per 100 contacts, all regions compared) and <c>{{ statistics source }}</c>.
/// </summary>
public sealed class StatisticsShortcode(
    HotlineStatistics? statistics, StatisticsFormat format, TemplateRenderer templates) : IShortcodeSource
{
    private static readonly StatisticsMeasure[] Measures = [StatisticsMeasure.Contacts, StatisticsMeasure.Cases,
        StatisticsMeasure.Victims];

    public string Name => "statistics";

    public string Usage => "{{ statistics table REGION }}, {{ statistics chart REGION }}, {{ statistics rates }} " +
        "or {{ statistics source }}";

    public string? Unavailable => statistics is null ? HotlineStatistics.Unavailable : null;

    public bool IsBlock => true;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        if (statistics is null)
        {
            error = Unavailable;
            return null;
        }

        switch (arguments)
        {
            case ["source"]:
                return templates.Render<DataSource>(
                    (nameof(DataSource.Statistics), statistics), (nameof(DataSource.Format), format));
            case ["rates"]:
                return Rates(statistics);
            case ["table" or "chart", var regionId]:
                var region = statistics.FindRegion(regionId, out error);
                if (region is null)
                {
                    return null;
                }

                return arguments[0] == "table"
                    ? templates.Render<StatisticsTable>(
                        (nameof(StatisticsTable.Region), region), (nameof(StatisticsTable.Statistics), statistics),
                        (nameof(StatisticsTable.Format), format))
                    : Chart(region);
            default:
                error = "say which: table REGION, chart REGION, rates or source";
                return null;
        }
    }

    private string Chart(StatisticsRegion region)
    {
        var text = format.Text;
        var name = format.RegionName(region);
        var measures = Measures.Where(m => region.Periods.Any(p => p.Count(m) is not null)).ToList();
        var groups = measures.Select(m => new BarGroup(
            format.Capitalise(format.MeasureName(m)),
            region.Periods.Select(p => (double?)p.Count(m)).ToList(),
            region.Periods.Select(p => p.Count(m) is long c ? format.Number(c) : text.NotPublished).ToList())).ToList();

        var title = TextTemplate.Fill(text.ChartTitle,
            ("region", name), ("measures", format.List(measures.Select(format.MeasureName))),
                ("periods", format.List(region.Periods.Select(format.ShortLabel))));
        var description = string.Join(" ", measures.Select(m =>
            $"{format.Capitalise(format.MeasureName(m))}: " + string.Join("; ", region.Periods.Select(p =>
                format.Figure(p.Count(m) is long c ? format.Number(c) : text.NotPublished, p))) + "."));
        return Chart($"chart-{region.Id}", title, $"{name}. {description}", region.Periods.Select(format.ShortLabel)
            .ToList(), groups);
    }

    private string Rates(HotlineStatistics data)
    {
        var text = format.Text;
        var keys = data.Regions.SelectMany(r => r.Periods).Select(p => p.Key).Distinct().ToList();
        var periods = keys.Select(k => data.Regions.SelectMany(r => r.Periods).First(p => p.Key == k)).ToList();
        string Rate(StatisticsRegion region, string key) =>
            region.FindPeriod(key)?.CasesPer100Contacts is double rate ? format.Decimal(rate) : text.NotPublished;

        var groups = data.Regions.Select(r => new BarGroup(
            format.RegionName(r),
            keys.Select(k => r.FindPeriod(k)?.CasesPer100Contacts).ToList(),
            keys.Select(k => Rate(r, k)).ToList())).ToList();

        var title = TextTemplate.Fill(
            text.RatesTitle, ("regions", format.List(data.Regions.Select(format.RegionName))));
        var description = string.Join(" ", data.Regions.Select(r => $"{format.RegionName(r)}: "
            + string.Join("; ", periods.Select(p => format.Figure(Rate(r, p.Key), p))) + "."));
        return Chart("chart-rates", title, $"{format.Capitalise(text.CasesPerHundredContacts)}. {description}",
            periods.Select(format.ShortLabel).ToList(), groups);
    }

    private string Chart(string id, string title, string description, IReadOnlyList<string> series,
        IReadOnlyList<BarGroup> groups) =>
        templates.Render<BarChart>((nameof(BarChart.Id), id), (nameof(BarChart.Title), title),
            (nameof(BarChart.Description), description),
            (nameof(BarChart.Series), series), (nameof(BarChart.Groups), groups));
}
