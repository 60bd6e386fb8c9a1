using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Facts;

/// <summary><c>{{ checked 2026-12-04 }}</c>: "Checked on December 4, 2026" in the page's language, and a date an
/// editor could not have meant is refused at its line.</summary>
[Trait("Suite", "InProcess")]
public sealed class CheckedShortcodeTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private readonly InMemoryContent _memory = new();

    private ContentSnapshot Load() =>
        new SnapshotLoader(_memory, "content") { Time = new FixedTime(Today) }.Load(ContentSnapshot.Empty);

    private void AddSource(string file, string date) =>
        _memory.Write(file,
            _memory.Read(file)
            + $"\n## Where this comes from\n\n" +
            $"- [The hotline's FAQ](https://humantraffickinghotline.org/faqs/hotline-faqs) {{{{ checked {date} }}}}\n");

    [Theory]
    [InlineData("help.md", "/help", "Checked on December 3, 2026")]
    [InlineData("es/help.md", "/es/help", "Comprobado el 3 de diciembre de 2026")]
    [InlineData("de/help.md", "/de/help", "Geprüft am 3. Dezember 2026")]
    public async Task It_shows_the_date_in_the_words_and_date_format_of_the_page(string file, string url,
        string expected)
    {
        // A day no bundled page names, so the one added here is the one found.
        AddSource(file, "2026-12-03");

        var snapshot = Load();

        Assert.Empty(snapshot.Problems);
        var document = await Html.ParseAsync(snapshot.FindPage(url)!.Html);
        var shown = document.QuerySelectorAll(".checked-on")
            .Single(c => c.QuerySelector("time")!.GetAttribute("datetime") == "2026-12-03");
        Assert.Equal(expected, shown.ReadableText());
    }

    [Theory]
    [InlineData("2026-12-06", "is after today (2026-12-05)")]
    [InlineData("2026-02-30", "write the day it was checked as year-month-day")]
    [InlineData("4 December 2026", "write the day it was checked as year-month-day")]
    public void A_date_in_the_future_or_not_a_real_day_is_an_error_at_its_line(string date, string message)
    {
        AddSource("help.md", date);
        var line = Array.FindIndex(_memory.ReadLines("help.md"),
            l => l.Contains($"{{{{ checked {date} }}}}", StringComparison.Ordinal)) + 1;

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(("content/help.md", line), (problem.Path, problem.Line));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void Each_checked_is_a_fact_about_the_links_of_its_list_item()
    {
        AddSource("help.md", "2026-05-01");

        var fact = Assert.Single(Load().Facts,
            f => f.Path == "content/help.md" && f.What.StartsWith("\"The hotline's FAQ", StringComparison.Ordinal));

        Assert.Equal("https://humantraffickinghotline.org/faqs/hotline-faqs", fact.Source);
        Assert.Equal(new DateOnly(2026, 5, 1), fact.Checked);
    }

    [Fact]
    public async Task Each_definition_and_the_statistics_source_show_when_they_were_checked()
    {
        var snapshot = Load();

        var definitions = await Html.ParseAsync(snapshot.FindPage("/es/definitions")!.Html);
        var checkedDates = definitions.QuerySelectorAll(".definition .definition-checked time")
            .Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(definitions.QuerySelectorAll(".definition").Length, checkedDates.Count);
        // Each the date in its own file's front matter (the bundled ones were checked on one of these two days).
        Assert.All(checkedDates, d => Assert.Contains(d, new[] { "2026-11-25", "2026-12-04" }));
        Assert.Contains("2026-12-04", checkedDates);
        Assert.Equal("Comprobado el 25 de noviembre de 2026",
            definitions.QuerySelector(".definition-checked")!.ReadableText());

        var statistics = await Html.ParseAsync(snapshot.FindPage("/statistics")!.Html);
        Assert.Equal("Checked on November 25, 2026", statistics.QuerySelector(".data-checked")!.ReadableText());
    }
}
