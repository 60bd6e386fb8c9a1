using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class StatisticsPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    [Theory]
    [MemberData(nameof(SeedFigures.All), MemberType = typeof(SeedFigures))]
    public async Task Every_seed_figure_is_in_a_table(string figure)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var cells = document.QuerySelectorAll("table td").Select(td => td.ReadableText());
        Assert.Contains(figure, cells);
    }

    [Fact]
    public async Task Tables_have_a_caption_and_scoped_headers()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var tables = document.QuerySelectorAll("table");
        Assert.Equal(2, tables.Length);
        foreach (var table in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.ReadableText()));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }
    }

    [Fact]
    public async Task A_figure_the_hotline_did_not_publish_is_shown_as_missing_not_as_zero()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var us2021 = document.QuerySelectorAll("#table-us tbody tr")
            .Single(r => r.QuerySelector("th")!.ReadableText() == "2021");
        var contacts = us2021.QuerySelectorAll("td")[0];
        Assert.Contains("not published", contacts.ReadableText());
        Assert.DoesNotContain("0", contacts.ReadableText());
    }

    [Theory]
    [InlineData("chart-us", new[] { "399,494", "82,301", "10,360" })]
    [InlineData("chart-missouri", new[] { "6,166", "1,103", "1,524", "240", "3,160", "327" })]
    [InlineData("chart-rates", new[] { "20.6", "24.7", "21.8" })]
    public async Task Charts_are_images_whose_text_alternative_states_the_figures(string id, string[] figures)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var svg = document.QuerySelector($"#{id} svg");
        Assert.NotNull(svg);
        Assert.Equal("img", svg.GetAttribute("role"));
        var title = svg.QuerySelector("title")!;
        var description = svg.QuerySelector("desc")!;
        Assert.Equal($"{id}-title {id}-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal($"{id}-title", title.Id);
        Assert.False(string.IsNullOrWhiteSpace(title.ReadableText()));
        Assert.All(figures, f => Assert.Contains(f, description.ReadableText()));
        Assert.NotEmpty(svg.QuerySelectorAll("rect.chart-bar"));
        Assert.Null(svg.GetAttribute("style"));
    }

    [Fact]
    public async Task Figures_that_follow_from_the_data_are_computed()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var missouri = document.QuerySelectorAll("#table-missouri tbody tr").First();
        var cells = missouri.QuerySelectorAll("td").Select(td => td.ReadableText()).ToList();
        Assert.Equal("24.7", cells[3]);   // 1,524 cases per 6,166 contacts
        Assert.Equal("1.9%", cells[4]);   // 1,524 of the 82,301 national cases
        Assert.Contains("20.6 cases for every 100 contacts", document.QuerySelector("main")!.ReadableText());
    }

    [Fact]
    public async Task The_source_is_linked_and_the_data_date_shown()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");

        var source = document.QuerySelector(".data-source")!;
        Assert.Equal("https://humantraffickinghotline.org/en/statistics",
            source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2021-12-31", source.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("December 31, 2021", source.ReadableText());
        Assert.Contains("many cases of human trafficking go unreported", source.ReadableText());
    }
}
