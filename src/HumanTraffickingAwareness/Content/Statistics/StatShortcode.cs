using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// <c>{{ stat missouri 2021 cases }}</c>: one figure from statistics.yml in running text, so prose never retypes a
/// number. Besides the counts (contacts, cases, victims) it gives the period's dates (from, to) and figures computed
/// from the data (cases-per-100-contacts, share-of-contacts/cases/victims of the region it is part of).
/// </summary>
public sealed class StatShortcode(HotlineStatistics? statistics, StatisticsFormat format, TemplateRenderer templates)
    : IShortcodeSource
{
    public string Name => "stat";

    public string Usage => "{{ stat REGION PERIOD " +
        "contacts|cases|victims|from|to|cases-per-100-contacts|share-of-cases }}";

    public string? Unavailable => statistics is null ? HotlineStatistics.Unavailable : null;

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        if (statistics is null)
        {
            error = Unavailable;
            return null;
        }

        if (arguments is not [var regionId, var periodKey, var what])
        {
            error = "give a region, a period and what to show";
            return null;
        }

        var region = statistics.FindRegion(regionId, out error);
        if (region is null)
        {
            return null;
        }

        var period = region.FindPeriod(periodKey);
        if (period is null)
        {
            error = $"{region.Name} has no period " +
                $"'{periodKey}'; it has {string.Join(", ", region.Periods.Select(p => p.Key))}";
            return null;
        }

        switch (what.ToLowerInvariant())
        {
            case "from":
                return Time(period.StartIsMonthOnly ? period.Start.ToString("yyyy-MM")
                    : period.Start.ToString("yyyy-MM-dd"), format.Start(period));
            case "to":
                return Time(period.End.ToString("yyyy-MM-dd"), format.End(period));
            case "cases-per-100-contacts":
                return period.CasesPer100Contacts is double rate
                    ? Data(rate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
                        format.Decimal(rate))
                    : Fail(out error, $"{region.Name} {period.Key} needs both contacts and cases for this");
        }

        if (what.StartsWith("share-of-", StringComparison.OrdinalIgnoreCase)
            && Enum.TryParse<StatisticsMeasure>(what["share-of-".Length..], true, out var shareOf))
        {
            var whole = region.PartOf is null ? null
                : statistics.FindRegion(region.PartOf)?.FindPeriod(period.Key)?.Count(shareOf);
            var part = period.Count(shareOf);
            return whole is > 0 && part is not null
                ? Data(((double)part.Value / whole.Value)
                    .ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
                    format.Percent((double)part.Value / whole.Value))
                : Fail(out error, $"{region.Name} {period.Key} needs a '{shareOf.ToString().ToLowerInvariant()}' " +
                    "figure, and so does the same period of the region it is part_of");
        }

        if (!Enum.TryParse<StatisticsMeasure>(what, true, out var measure))
        {
            return Fail(out error, $"'{what}' is not something a period has");
        }

        return period.Count(measure) is long count
            ? Data(count.ToString(System.Globalization.CultureInfo.InvariantCulture), format.Number(count))
            : Fail(out error, $"{region.Name} {period.Key} has no '{what}' figure in {StatisticsReader.FileName}");
    }

    private static string? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }

    private string Data(string value, string text) =>
        templates.Render<StatValue>((nameof(StatValue.Value), value), (nameof(StatValue.Text), text));

    private string Time(string value, string text) =>
        templates.Render<StatValue>((nameof(StatValue.Value), value), (nameof(StatValue.Text), text),
            (nameof(StatValue.IsDate), true));
}
