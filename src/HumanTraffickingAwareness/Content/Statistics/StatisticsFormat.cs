using System.Globalization;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>How figures and dates read in a page's language: "399,494", "December 2007", "December 31, 2021".</summary>
public sealed class StatisticsFormat(CultureInfo culture)
{
    public CultureInfo Culture { get; } = culture;

    public string Number(long value) => value.ToString("N0", Culture);

    public string Decimal(double value) => value.ToString("N1", Culture);

    public string Percent(double fraction) => fraction.ToString("P1", Culture);

    public string Date(DateOnly date) => date.ToString(Culture.TwoLetterISOLanguageName == "en" ? "MMMM d, yyyy" : "D", Culture);

    public string Start(StatisticsPeriod period) => period.StartIsMonthOnly ? period.Start.ToString("MMMM yyyy", Culture) : Date(period.Start);

    public string End(StatisticsPeriod period) => Date(period.End);

    /// <summary>"2021" for a single year, "December 2007 to December 31, 2021" for a span.</summary>
    public string Label(StatisticsPeriod period) =>
        period.IsSingleYear ? period.Start.Year.ToString(Culture) : $"{Start(period)} to {End(period)}";

    /// <summary>"2021" or "2007–2021": short enough for a chart legend or a table row.</summary>
    public string ShortLabel(StatisticsPeriod period) =>
        period.IsSingleYear ? period.Start.Year.ToString(Culture) : $"{period.Start.Year}–{period.End.Year}";

    public static string MeasureName(StatisticsMeasure measure) => measure switch
    {
        StatisticsMeasure.Contacts => "contacts",
        StatisticsMeasure.Cases => "cases",
        StatisticsMeasure.Victims => "victims identified",
        _ => measure.ToString(),
    };
}
