using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Facts;

/// <summary>
/// Which facts are due to be read again at their source: checked longer ago than site.yml's <c>fact_review_months</c>
/// is a warning at the fact's line; a checked date after today (a typo) is a problem.
/// </summary>
public static class FactReview
{
    public const int DefaultReviewMonths = 6;

    public static void Check(IEnumerable<Fact> facts, DateOnly today, int reviewMonths, LoadProblems problems)
    {
        foreach (var fact in facts)
        {
            var file = problems.For(fact.Path);
            if (fact.Checked > today)
            {
                file.Add(fact.Line, $"{fact.What}: checked {Iso(fact.Checked)} is after today ({Iso(today)}): write " +
                    "the day it was really checked");
            }
            else if (IsDue(fact, today, reviewMonths))
            {
                file.Warn(fact.Line, $"{fact.What} was last checked on {Iso(fact.Checked)}, over {reviewMonths} " +
                    $"months ago (fact_review_months in site.yml): read {fact.Source} again, correct the fact if it " +
                    "changed, and write today's date");
            }
        }
    }

    public static bool IsDue(Fact fact, DateOnly today, int reviewMonths) =>
        fact.Checked.AddMonths(reviewMonths) < today;

    /// <summary>
    /// Every fact, the longest unchecked first (then by file and line), for the editor who does the review.
    /// </summary>
    public static IReadOnlyList<Fact> OldestFirst(IEnumerable<Fact> facts) =>
        facts.OrderBy(f => f.Checked).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();

    public static string Iso(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
