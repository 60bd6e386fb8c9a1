using System.Globalization;
using HumanTraffickingAwareness.Content.Languages;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// How figures, dates and labels read in a page's language: "399,494" and "December 31, 2021" in English,
/// "31 de diciembre de 2021" in Spanish. The words come from the language's file, the figures from statistics.yml.
/// </summary>
public sealed class StatisticsFormat(SiteLanguage language)
{
    public SiteLanguage Language { get; } = language;

    public SiteText Text => Language.Text;

    private CultureInfo Culture => Language.Culture;

    public string Number(long value) => value.ToString("N0", Culture);

    public string Decimal(double value) => value.ToString("N1", Culture);

    public string Percent(double fraction) => fraction.ToString("P1", Culture);

    public string Date(DateOnly date) => Language.Date(date);

    public string Start(StatisticsPeriod period) =>
        period.StartIsMonthOnly ? Language.Month(period.Start) : Date(period.Start);

    public string End(StatisticsPeriod period) => Date(period.End);

    /// <summary>"2021" for a single year, "December 2007 to December 31, 2021" for a span.</summary>
    public string Label(StatisticsPeriod period) =>
        period.IsSingleYear ? period.Start.Year.ToString(Culture)
            : TextTemplate.Fill(Text.PeriodSpan, ("from", Start(period)), ("to", End(period)));

    /// <summary>"2021" or "2007–2021": short enough for a chart legend or a table row.</summary>
    public string ShortLabel(StatisticsPeriod period) =>
        period.IsSingleYear ? period.Start.Year.ToString(Culture) : $"{period.Start.Year}–{period.End.Year}";

    /// <summary>"10,360 in 2021", "82,301 from December 2007 to December 31, 2021".</summary>
    public string Figure(string value, StatisticsPeriod period) =>
        TextTemplate.Fill(period.IsSingleYear ? Text.FigureInYear
            : Text.FigureInSpan, ("value", value), ("period", Label(period)));

    public string RegionName(StatisticsRegion region) =>
        Language.Statistics.Regions.GetValueOrDefault(region.Id) ?? region.Name;

    /// <summary>"contacts", "cases", "victims identified", as the language file words them.</summary>
    public string MeasureName(StatisticsMeasure measure) => measure switch
    {
        StatisticsMeasure.Contacts => Text.Contacts,
        StatisticsMeasure.Cases => Text.Cases,
        StatisticsMeasure.Victims => Text.Victims,
        _ => measure.ToString(),
    };

    /// <summary>"United States and Missouri", "a, b and c".</summary>
    public string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {Text.And} {all[^1]}";
    }

    public string Capitalise(string text) => text.Length == 0 ? text : Culture.TextInfo.ToUpper(text[0]) + text[1..];
}
