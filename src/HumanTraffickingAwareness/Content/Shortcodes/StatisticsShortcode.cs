using System.Net;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Shortcodes;

/// <summary>
/// Blocks built from statistics.yml, each on a line of its own: <c>{{ statistics table REGION }}</c>,
/// <c>{{ statistics chart REGION }}</c> (contacts, cases and victims, every period side by side),
/// <c>{{ statistics rates }}</c> (cases per 100 contacts, all regions compared) and <c>{{ statistics source }}</c>.
/// </summary>
public sealed class StatisticsShortcode(HotlineStatistics? statistics, StatisticsFormat format) : IShortcodeSource
{
    private static readonly StatisticsMeasure[] Measures = [StatisticsMeasure.Contacts, StatisticsMeasure.Cases, StatisticsMeasure.Victims];

    public string Name => "statistics";

    public string Usage => "{{ statistics table REGION }}, {{ statistics chart REGION }}, {{ statistics rates }} or {{ statistics source }}";

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
                return Source(statistics);
            case ["rates"]:
                return Rates(statistics);
            case ["table" or "chart", var regionId]:
                var region = statistics.FindRegion(regionId, out error);
                if (region is null)
                {
                    return null;
                }

                return arguments[0] == "table" ? StatisticsTable.Render(region, statistics, format) : Chart(region);
            default:
                error = "say which: table REGION, chart REGION, rates or source";
                return null;
        }
    }

    private string Chart(StatisticsRegion region)
    {
        var measures = Measures.Where(m => region.Periods.Any(p => p.Count(m) is not null)).ToList();
        var groups = measures.Select(m => new BarGroup(
            Capitalise(StatisticsFormat.MeasureName(m)),
            region.Periods.Select(p => (double?)p.Count(m)).ToList(),
            region.Periods.Select(p => p.Count(m) is long c ? format.Number(c) : "not published").ToList())).ToList();

        var title = $"{region.Name}: {string.Join(", ", measures.Select(StatisticsFormat.MeasureName))}, {string.Join(" and ", region.Periods.Select(format.ShortLabel))}";
        var description = string.Join(" ", measures.Select(m =>
            $"{Capitalise(StatisticsFormat.MeasureName(m))}: " + string.Join("; ", region.Periods.Select(p =>
                $"{(p.Count(m) is long c ? format.Number(c) : "not published")} {(p.IsSingleYear ? "in " : "from ")}{format.Label(p)}")) + "."));
        return BarChart.Render($"chart-{region.Id}", title, $"{region.Name}. {description}", region.Periods.Select(format.ShortLabel).ToList(), groups);
    }

    private string Rates(HotlineStatistics data)
    {
        var keys = data.Regions.SelectMany(r => r.Periods).Select(p => p.Key).Distinct().ToList();
        var periods = keys.Select(k => data.Regions.SelectMany(r => r.Periods).First(p => p.Key == k)).ToList();
        var groups = data.Regions.Select(r => new BarGroup(
            r.Name,
            keys.Select(k => r.FindPeriod(k)?.CasesPer100Contacts).ToList(),
            keys.Select(k => r.FindPeriod(k)?.CasesPer100Contacts is double rate ? format.Decimal(rate) : "not published").ToList())).ToList();

        var title = $"Cases per 100 contacts: {string.Join(" and ", data.Regions.Select(r => r.Name))}";
        var description = string.Join(" ", data.Regions.Select(r => $"{r.Name}: " + string.Join("; ", periods.Select(p =>
            $"{(r.FindPeriod(p.Key)?.CasesPer100Contacts is double rate ? format.Decimal(rate) : "not published")} {(p.IsSingleYear ? "in " : "from ")}{format.Label(p)}")) + "."));
        return BarChart.Render("chart-rates", title, "Cases per 100 contacts. " + description, periods.Select(format.ShortLabel).ToList(), groups);
    }

    private string Source(HotlineStatistics data) =>
        $"<p class=\"data-source\">Source: <a href=\"{WebUtility.HtmlEncode(data.Source.Url)}\" rel=\"noopener noreferrer\">{WebUtility.HtmlEncode(data.Source.Name)}</a>. "
        + $"Figures as of <time datetime=\"{data.DataAsOf:yyyy-MM-dd}\">{WebUtility.HtmlEncode(format.Date(data.DataAsOf))}</time>. "
        + $"{WebUtility.HtmlEncode(data.Note)}</p>";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
