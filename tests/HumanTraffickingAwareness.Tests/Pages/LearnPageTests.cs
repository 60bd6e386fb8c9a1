using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class LearnPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    [Theory]
    [InlineData("the-hotline-in-numbers")]
    [InlineData("get-help")]
    [InlineData("what-is-human-trafficking")]
    [InlineData("who-is-vulnerable")]
    [InlineData("who-are-the-traffickers")]
    [InlineData("how-do-traffickers-control-victims")]
    [InlineData("who-are-the-survivors")]
    [InlineData("why-does-trafficking-exist")]
    [InlineData("we-need-your-support-today")]
    public async Task Every_section_can_be_linked_to_by_a_stable_id(string id)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var heading = document.GetElementById(id);
        Assert.NotNull(heading);
        Assert.Equal("H2", heading.TagName);
    }

    [Theory]
    [InlineData("Human Trafficking is the abuse of children", "A21 Campaign")]
    [InlineData("Human trafficking is often a hidden crime", "DHS Blue Campaign (Myths and Misconceptions)")]
    public async Task Quotations_keep_their_attribution(string quoteStart, string source)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var figure = document.QuerySelectorAll("figure.quote")
            .SingleOrDefault(f => f.QuerySelector("blockquote")!.ReadableText().StartsWith(quoteStart,
                StringComparison.Ordinal));
        Assert.NotNull(figure);
        Assert.Equal("— " + source, figure.QuerySelector("figcaption")!.ReadableText());
    }

    [Theory]
    [MemberData(nameof(SeedFigures.All), MemberType = typeof(SeedFigures))]
    public async Task The_hotline_figures_of_the_seed_page_are_shown(string figure)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var section = document.QuerySelector("main")!.ReadableText();
        Assert.Contains(figure, section);
    }

    [Fact]
    public async Task The_department_of_justice_is_named_as_the_source_of_its_definitions()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        foreach (var id in new[] { "child-sex-trafficking", "commercial-sex-act" })
        {
            var entry = document.GetElementById(id)!.Closest("section.definition")!;
            Assert.Contains("Source: U.S. Department of Justice",
                entry.QuerySelector(".definition-source")!.ReadableText());
        }
    }

    [Fact]
    public async Task What_is_human_trafficking_shows_the_definitions_and_links_to_their_page()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var terms = document.QuerySelectorAll("section.definition dfn").Select(d => d.ReadableText()).ToList();
        Assert.Equal(["Human trafficking", "Sex trafficking", "Child sex trafficking", "Commercial sex act",
            "Labor trafficking", "Coercion"], terms);
        Assert.All(document.QuerySelectorAll("section.definition h3"), h => Assert.Equal("H3", h.TagName));
        Assert.NotNull(document.QuerySelector("main a[href='/definitions']"));
    }

    [Fact]
    public async Task Statute_citations_link_to_the_official_us_code()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var citations = document.QuerySelectorAll("main a[href^='https://uscode.house.gov/']")
            .Select(a => a.ReadableText()).ToList();
        Assert.Contains("22 U.S.C. § 7102(11)(A) and (12)", citations);
        Assert.Contains("22 U.S.C. § 7102(11)(B)", citations);
        Assert.Contains("18 U.S.C. § 1591", citations);
    }

    [Fact]
    public async Task The_source_note_of_the_seed_page_is_kept()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        Assert.Contains("Unless otherwise noted, all information obtained from the National Human Trafficking " +
            "Hotline (NHTH).",
            document.QuerySelector("main")!.ReadableText());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/learn")]
    [InlineData("/no-such-page")]
    public async Task Pages_have_the_landmarks_and_single_heading_a_screen_reader_expects(string url)
    {
        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Single(document.QuerySelectorAll("header"));
        Assert.Single(document.QuerySelectorAll("nav[aria-label=Main]"));
        Assert.Single(document.QuerySelectorAll("main"));
        Assert.Single(document.QuerySelectorAll("footer"));
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        var skip = document.QuerySelector("a.skip-link");
        Assert.Equal("#main", skip!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_navigation_marks_the_current_page()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var current = document.QuerySelector("nav a[aria-current='page']");
        Assert.Equal("/learn", current!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_address_takes_a_trailing_slash_and_a_wrong_case_is_sent_to_the_page()
    {
        var client = site.CreatePlainClient();

        Assert.Equal("Learn", (await Html.GetPageAsync(client, "/learn/")).QuerySelector("h1")!.ReadableText());
        // One address per page, as a static host has it (Hosting/PageAddressCase.cs).
        using var wrongCase = await client.GetAsync("/Learn/");
        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, wrongCase.StatusCode);
        Assert.Equal("/learn", wrongCase.Headers.Location!.OriginalString);
    }
}
