using System.Globalization;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Facts;

/// <summary>
/// <c>{{ checked 2026-12-04 }}</c>: "Checked on December 4, 2026" in the page's language, written by an editor at the
/// end of a source in a page's Sources list, or beside a claim a reader weighs. Each one is a fact check-content
/// reviews (<see cref="PageFacts"/>); a date that is not a real day, or is after today, is refused.
/// </summary>
public sealed class CheckedShortcode(SiteLanguage language, DateOnly today, TemplateRenderer templates)
    : IShortcodeSource
{
    public const string ShortcodeName = "checked";

    public string Name => ShortcodeName;

    public string Usage => "{{ checked YYYY-MM-DD }}";

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        if (arguments is not [var written] || ParseDate(written) is not { } date)
        {
            error = $"write the day it was checked as year-month-day, such as {{{{ checked " +
                $"{FactReview.Iso(today)} }}}}";
            return null;
        }

        if (date > today)
        {
            error = $"{FactReview.Iso(date)} is after today ({FactReview.Iso(today)}): write the " +
                "day it was really checked";
            return null;
        }

        error = null;
        return templates.Render<CheckedDate>(
            (nameof(CheckedDate.Language), language), (nameof(CheckedDate.Date), date));
    }

    /// <summary>The date of a <c>{{ checked }}</c>, when it is one: exactly YYYY-MM-DD, a real day.</summary>
    public static DateOnly? ParseDate(string written) =>
        DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
}
