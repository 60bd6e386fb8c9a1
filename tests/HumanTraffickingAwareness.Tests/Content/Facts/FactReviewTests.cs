using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Facts;

/// <summary>Every fact a reader could act on names its source and when it was last checked, and check-content says
/// when it is time to read it again.</summary>
[Trait("Suite", "InProcess")]
public sealed class FactReviewTests : IDisposable
{
    private static readonly DateOnly SevenMonthsLater = new(2027, 6, 30);

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private int LineOf(string file, string text, int after = 0) =>
        Array.FindIndex(File.ReadAllLines(_content.PathOf(file)), after,
            l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_fact_checked_long_ago_is_a_warning_at_its_line_naming_the_source()
    {
        _content.Replace("site.yml",
            "    - fields: [phone, tty, hours]\n" +
            "      source: https://humantraffickinghotline.org/about-us/what-we-do\n      checked: 2026-11-25",
            "    - fields: [phone, tty, hours]\n" +
                "      source: https://humantraffickinghotline.org/about-us/what-we-do\n      checked: 2026-01-05");
        var line = LineOf("site.yml", "checked: 2026-01-05");

        var (exit, lines) = _content.Run([_content.Root], new DateOnly(2026, 12, 5));

        Assert.Equal(0, exit);
        var warning = Assert.Single(lines, l => l.Contains("was last checked on", StringComparison.Ordinal));
        Assert.StartsWith($"content/site.yml:{line}: warning: hotline: phone, tty, hours was last checked on " +
            $"2026-01-05, over 6 months ago", warning);
        Assert.Contains("read https://humantraffickinghotline.org/about-us/what-we-do again", warning);
    }

    [Fact]
    public void Every_fact_is_due_once_fact_review_months_have_passed_and_none_before()
    {
        Assert.DoesNotContain(_content.Run([_content.Root], new DateOnly(2027, 5, 25)).Lines,
            l => l.Contains("was last checked on", StringComparison.Ordinal));

        var (_, lines) = _content.Run([_content.Root], SevenMonthsLater);

        var due = lines.Where(l => l.Contains("was last checked on 2026-11-25", StringComparison.Ordinal)).ToList();
        Assert.Contains(due, l => l.StartsWith("content/statistics.yml:", StringComparison.Ordinal));
        Assert.Contains(due, l => l.StartsWith("content/_definitions/coercion.md:", StringComparison.Ordinal));
        Assert.Contains(due, l => l.Contains("other_lines: cybertipline", StringComparison.Ordinal));
    }

    [Fact]
    public void Fact_review_months_in_site_yml_sets_when_a_fact_is_due()
    {
        _content.Replace("site.yml", "fact_review_months: 6", "fact_review_months: 1");

        var (_, lines) = _content.Run([_content.Root], new DateOnly(2027, 1, 5));

        Assert.Contains(lines,
            l => l.Contains("warning: statistics: the figures' source was last checked on 2026-11-25, over 1 months " +
            "ago", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_with_no_source_is_an_error_at_its_line()
    {
        _content.Replace("site.yml", "    source: https://dss.mo.gov/cd/keeping-kids-safe/can.htm\n", "");
        var line = LineOf("site.yml", "- id: missouri-child-abuse");

        var (exit, lines) = _content.Run([_content.Root]);

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith($"content/site.yml:{line}: other_lines: missouri-child-abuse has no source",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_hotline_value_in_no_source_is_an_error_at_its_line()
    {
        _content.Replace("site.yml", "    - fields: [phone, tty, hours]", "    - fields: [phone, hours]");
        var line = LineOf("site.yml", "  tty:");

        var (exit, lines) = _content.Run([_content.Root]);

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith($"content/site.yml:{line}: hotline: tty has no source", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definition_with_no_checked_date_is_an_error_and_one_with_neither_law_url_nor_source_url_too()
    {
        _content.Replace("_definitions/coercion.md", "checked: 2026-11-25\n", "");
        _content.Replace("_definitions/human-trafficking.md",
            "source_url: https://humantraffickinghotline.org/en/human-trafficking\n", "");

        var (exit, lines) = _content.Run([_content.Root]);

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith($"content/_definitions/coercion.md:{LineOf("_definitions/coercion.md", "law_url:")}: " +
            $"definition 'Coercion' has no checked date", StringComparison.Ordinal));
        Assert.Contains(lines,
            l => l.StartsWith(
            $"content/_definitions/human-trafficking.md:{LineOf("_definitions/human-trafficking.md", "source:")}: " +
            "definition 'Human trafficking' has no source_url", StringComparison.Ordinal));
    }

    [Fact]
    public void A_checked_date_in_the_future_is_an_error()
    {
        _content.Replace("statistics.yml", "checked: 2026-11-25", "checked: 2026-12-25");

        var (exit, lines) = _content.Run([_content.Root], new DateOnly(2026, 12, 5));

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith($"content/statistics.yml:{LineOf("statistics.yml", "checked:")}: statistics: the " +
            $"figures' source: checked 2026-12-25 is after today", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_lists_every_fact_oldest_first_with_its_source_and_age()
    {
        _content.Replace("statistics.yml", "checked: 2026-11-25", "checked: 2026-03-01");
        _content.Replace("_definitions/coercion.md", "checked: 2026-11-25", "checked: 2025-12-01");
        _content.Write("volunteer.md",
            "---\ntitle: Volunteer\ndescription: d\n---\n\n## Sources\n\n" +
            "- [Volunteer guide](https://example.org/guide), Example {{ checked 2026-06-15 }}\n");

        var (exit, lines) = _content.Run([FactsReportOption, _content.Root], new DateOnly(2026, 12, 5));

        Assert.Equal(0, exit);
        var facts = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^(DUE )?\s*\d{4}-\d\d-\d\d ")).ToList();
        Assert.StartsWith("DUE 2025-12-01 12 months ago", facts[0]);
        Assert.Contains("content/_definitions/coercion.md", facts[0]);
        Assert.Contains("2026-03-01 9 months ago", facts[1]);
        Assert.Contains("content/statistics.yml", facts[1]);
        Assert.Contains("2026-06-15 5 months ago", facts[2]);
        Assert.Contains("content/volunteer.md:8: \"Volunteer guide, Example Checked on June 15, 2026\"", facts[2]);
        Assert.Equal("source: https://example.org/guide", lines[Array.IndexOf(lines, facts[2]) + 1]);
        Assert.All(facts.Skip(3), f => Assert.Matches(@"^\s*2026-1[12]-\d\d ", f));
        Assert.StartsWith($"{facts.Count} facts", lines[0]);
        Assert.Contains("2 due for review", lines[0]);
    }

    private const string FactsReportOption = HumanTraffickingAwareness.Commands.FactsReport.Option;
}
