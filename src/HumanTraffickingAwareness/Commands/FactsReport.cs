using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content --facts [PATH]</c>: every fact of the content, the longest unchecked first, with where it is
/// written, its source and its age, for the editor who reads them again at their sources.
/// </summary>
public static class FactsReport
{
    public const string Option = "--facts";

    public static void Write(ContentSnapshot snapshot, DateOnly today, TextWriter output)
    {
        var months = snapshot.Site?.FactReviewMonths ?? FactReview.DefaultReviewMonths;
        var due = snapshot.Facts.Count(f => FactReview.IsDue(f, today, months));
        output.WriteLine($"{snapshot.Facts.Count} facts, the longest unchecked first; {due} due " +
            "for review (checked over "
            + $"{months} months ago, fact_review_months in site.yml; today is {FactReview.Iso(today)}).");
        output.WriteLine("Read each at its source, correct it if it changed, and write that day as its checked date.");
        output.WriteLine();
        foreach (var fact in snapshot.Facts)
        {
            var flag = FactReview.IsDue(fact, today, months) ? "DUE " : "    ";
            var age = Age(fact.Checked, today);
            output.WriteLine($"{flag}{FactReview.Iso(fact.Checked)} {age,-14} {fact.Path}:{fact.Line}: {fact.What}");
            output.WriteLine($"{"",30}source: {fact.Source}");
        }
    }

    private static string Age(DateOnly date, DateOnly today)
    {
        var days = today.DayNumber - date.DayNumber;
        var months = (today.Year - date.Year) * 12 + today.Month - date.Month - (today.Day < date.Day ? 1 : 0);
        return days < 0 ? "in the future"
            : days < 61 ? $"{days} {(days == 1 ? "day" : "days")} ago"
            : $"{months} months ago";
    }
}
