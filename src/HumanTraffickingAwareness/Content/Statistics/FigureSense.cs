using System.Globalization;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// Figures that cannot all be true: a region's count above the same count of the region it is part of (its share
/// would pass 100%), or more cases than contacts (more than 100 cases per 100 contacts). Each is a typo; reporting it
/// rejects the file, so no impossible rate is ever published.
/// </summary>
internal static class FigureSense
{
    /// <param name="lineOf">The line of a count: region and period by their position in the file.</param>
    public static void Check(IReadOnlyList<StatisticsRegion> regions, Func<int, int, StatisticsMeasure, int> lineOf,
        Action<int, string> problem)
    {
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            var whole = region.PartOf is null ? null : regions.FirstOrDefault(o => o.Id == region.PartOf);
            for (var p = 0; p < region.Periods.Count; p++)
            {
                var period = region.Periods[p];
                if (period is { Cases: { } cases, Contacts: { } contacts } && cases > contacts)
                {
                    problem(lineOf(r, p, StatisticsMeasure.Cases),
                        $"{region.Name} {period.Key} has more cases ({Number(cases)}) than contacts " +
                            $"({Number(contacts)}): over 100 cases per 100 contacts; check both figures");
                }

                var sameInWhole = whole?.FindPeriod(period.Key);
                foreach (var measure in Enum.GetValues<StatisticsMeasure>())
                {
                    if (period.Count(measure) is { } part && sameInWhole?.Count(measure) is { } total && part > total)
                    {
                        var name = measure.ToString().ToLowerInvariant();
                        problem(lineOf(r, p, measure),
                            $"{region.Name} {period.Key} has more {name} ({Number(part)}) than {whole!.Name} " +
                                $"({Number(total)}), which it is part of: a share over 100%; check both figures");
                    }
                }
            }
        }
    }

    private static string Number(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
