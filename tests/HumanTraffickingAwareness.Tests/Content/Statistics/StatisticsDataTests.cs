using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Statistics;

/// <summary>Editors keep the hotline's figures in statistics.yml; mistakes there are caught with path and
/// line.</summary>
[Trait("Suite", "InProcess")]
public sealed class StatisticsDataTests
{
    private readonly InMemoryContent _content = new();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _content.Load(previous);

    private ContentProblem SingleDataProblem(ContentSnapshot snapshot) =>
        Assert.Single(snapshot.Problems, p => p.Path == "content/statistics.yml");

    private int LineOf(string text) =>
        _content.ReadLines("statistics.yml").ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_bundled_data_holds_every_seed_figure_once()
    {
        var statistics = Load().Statistics!;

        var us = statistics.FindRegion("us")!;
        Assert.Equal(399494, us.FindPeriod("2007-2021")!.Contacts);
        Assert.Equal(82301, us.FindPeriod("2007-2021")!.Cases);
        Assert.Equal(10360, us.FindPeriod("2021")!.Cases);
        Assert.Null(us.FindPeriod("2021")!.Contacts);
        var missouri = statistics.FindRegion("missouri")!;
        Assert.Equal((6166L, 1524L, 3160L),
            (missouri.FindPeriod("2007-2021")!.Contacts!.Value, missouri.FindPeriod("2007-2021")!.Cases!.Value,
            missouri.FindPeriod("2007-2021")!.Victims!.Value));
        Assert.Equal((1103L, 240L, 327L),
            (missouri.FindPeriod("2021")!.Contacts!.Value, missouri.FindPeriod("2021")!.Cases!.Value,
            missouri.FindPeriod("2021")!.Victims!.Value));
        Assert.Equal(new DateOnly(2021, 12, 31), statistics.DataAsOf);
    }

    [Theory]
    [MemberData(nameof(SeedFigures.Distinctive), MemberType = typeof(SeedFigures))]
    public void No_figure_is_typed_in_any_page(string formatted)
    {
        var figure = formatted.Replace(",", "", StringComparison.Ordinal);
        foreach (var page in Directory.EnumerateFiles(TempContent.RepositoryContent, "*.md",
            SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(page);
            Assert.DoesNotContain(figure, text);
            Assert.DoesNotContain(formatted, text);
        }
    }

    [Fact]
    public void A_negative_count_is_rejected_on_its_line_and_the_last_good_figures_stay()
    {
        var first = Load();
        _content.Replace("statistics.yml", "cases: 240", "cases: -240");

        var second = Load(first);

        var problem = Assert.Single(second.Problems);
        Assert.Equal("content/statistics.yml", problem.Path);
        Assert.Equal(LineOf("cases: -240"), problem.Line);
        Assert.Contains("negative", problem.Message);
        Assert.Equal(240, second.Statistics!.FindRegion("missouri")!.FindPeriod("2021")!.Cases);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999")]
    public void A_count_too_large_to_be_a_figure_is_rejected_on_its_line_and_the_last_good_figures_stay(string figure)
    {
        var first = Load();
        _content.Replace("statistics.yml", "cases: 240", "cases: " + figure);

        var second = Load(first);

        var problem = SingleDataProblem(second);
        Assert.Equal(LineOf("cases: " + figure), problem.Line);
        Assert.Equal($"'{figure}' is too large for a count (at most 2,147,483,647): check for extra digits",
            problem.Message);
        Assert.Equal(240, second.Statistics!.FindRegion("missouri")!.FindPeriod("2021")!.Cases);
    }

    [Fact]
    public void A_state_figure_above_the_nations_is_rejected_on_its_line_and_the_last_good_figures_stay()
    {
        var first = Load();
        _content.Replace("statistics.yml", "contacts: 6166", "contacts: 400000");

        var second = Load(first);

        var problem = SingleDataProblem(second);
        Assert.Equal(LineOf("contacts: 400000"), problem.Line);
        Assert.StartsWith("Missouri 2007-2021 has more contacts (400,000) than United States (399,494)",
            problem.Message);
        Assert.Equal(6166, second.Statistics!.FindRegion("missouri")!.FindPeriod("2007-2021")!.Contacts);
        Assert.DoesNotContain("400,000", second.FindPage("/statistics")!.Html);
    }

    [Fact]
    public void More_cases_than_contacts_is_rejected_on_its_line()
    {
        _content.Replace("statistics.yml", "cases: 240", "cases: 2000");

        var problem = SingleDataProblem(Load());

        Assert.Equal(LineOf("cases: 2000"), problem.Line);
        Assert.StartsWith("Missouri 2021 has more cases (2,000) than contacts (1,103)", problem.Message);
    }

    [Fact]
    public void A_count_that_is_not_a_whole_number_is_rejected_on_its_line()
    {
        _content.Replace("statistics.yml", "cases: 240", "cases: 240.5");

        var problem = SingleDataProblem(Load());
        Assert.Equal(LineOf("cases: 240.5"), problem.Line);
        Assert.Contains("not a whole number", problem.Message);
    }

    [Fact]
    public void An_unknown_field_is_rejected_on_its_line()
    {
        _content.Replace("statistics.yml", "victims: 327", "victim: 327");

        var problem = SingleDataProblem(Load());
        Assert.Equal(LineOf("victim: 327"), problem.Line);
        Assert.Contains("unknown field 'victim'", problem.Message);
    }

    [Fact]
    public void A_year_that_appears_twice_is_rejected()
    {
        _content.Replace("statistics.yml", "      - year: 2021\n        cases: 10360",
            "      - year: 2021\n        cases: 10360\n      - year: 2021\n        cases: 1");

        var problem = SingleDataProblem(Load());
        Assert.Contains("2021 appears twice in United States", problem.Message);
        // The United States' entries come first in the file: its second "year: 2021" is the duplicate.
        var yearLines = _content.ReadLines("statistics.yml")
            .Select((line, index) => (line, number: index + 1))
            .Where(l => l.line.Trim() == "- year: 2021")
            .Select(l => l.number)
            .ToList();
        Assert.Equal(yearLines[1], problem.Line);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_rejected()
    {
        _content.Replace("statistics.yml", "      - from: 2007-12          # December 2007\n        to: 2021-12-31",
            "      - from: 2007-12          # December 2007\n        to: 2006-12-31");

        var problem = SingleDataProblem(Load());
        Assert.Contains("ends (2006-12-31) before it starts", problem.Message);
        Assert.Equal(LineOf("from: 2007-12          # December 2007"), problem.Line);
    }

    [Fact]
    public void Pages_that_show_figures_from_a_broken_data_file_are_told_once_each()
    {
        _content.Replace("statistics.yml", "cases: 240", "cases: many");

        var snapshot = Load();

        Assert.Single(snapshot.Problems, p => p.Path == "content/learn.md");
        Assert.Single(snapshot.Problems, p => p.Path == "content/statistics.md");
        Assert.DoesNotContain(snapshot.Problems, p => p.Path == "content/site.yml");
    }

    [Fact]
    public void A_new_year_is_added_by_adding_an_entry_to_the_data_file_alone()
    {
        _content.Replace("statistics.yml", "      - year: 2021\n        contacts: 1103",
            "      - year: 2022\n        contacts: 1200\n        cases: 250\n      - year: 2021\n" +
                "        contacts: 1103");

        var snapshot = Load();

        Assert.Empty(snapshot.Problems);
        Assert.Contains("1,200", snapshot.FindPage("/statistics")!.Html);
    }

    [Fact]
    public void A_mistyped_figure_shortcode_is_reported_on_its_line()
    {
        _content.Replace("learn.md", "{{ stat missouri 2021 cases }}", "{{ stat misouri 2021 cases }}");

        var snapshot = Load();

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("content/learn.md", problem.Path);
        Assert.Equal(_content.ReadLines("learn.md").ToList().FindIndex(l => l.Contains("misouri")) + 1, problem.Line);
        Assert.Contains("no region 'misouri'", problem.Message);
    }

    [Fact]
    public void A_table_shortcode_inside_a_sentence_is_reported()
    {
        _content.Replace("statistics.md", "{{ statistics table us }}", "See {{ statistics table us }} here.");

        Assert.Contains(Load().Problems,
            p => p.Path == "content/statistics.md" && p.Message.Contains("line of its own"));
    }
}
