using System.Text.Json;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class DefinitionsPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string, string, string?, string> Entries => new()
    {
        { "human-trafficking", "Human trafficking", null, "National Human Trafficking Hotline" },
        { "sex-trafficking", "Sex trafficking", "title22-section7102", "National Human Trafficking Hotline" },
        { "child-sex-trafficking", "Child sex trafficking", "title18-section1591", "U.S. Department of Justice" },
        { "commercial-sex-act", "Commercial sex act", "title18-section1591", "U.S. Department of Justice" },
        { "labor-trafficking", "Labor trafficking", "title22-section7102", "National Human Trafficking Hotline" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task Each_definition_has_its_term_a_stable_link_its_law_and_its_source(string id, string term,
        string? statute, string source)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/definitions");

        var heading = document.GetElementById(id);
        Assert.NotNull(heading);
        Assert.Equal(term, heading.QuerySelector("dfn")!.ReadableText());
        var entry = heading.Closest("section.definition")!;
        Assert.Equal($"/definitions#{id}", entry.QuerySelector("a.section-link")!.GetAttribute("href"));
        Assert.Contains("Link to this definition", entry.QuerySelector("a.section-link")!.ReadableText());
        var meta = entry.QuerySelector(".definition-source")!;
        Assert.Contains($"Source: {source}.", meta.ReadableText());
        var law = meta.QuerySelector("a");
        if (statute is null)
        {
            Assert.Null(law);
        }
        else
        {
            Assert.StartsWith("https://uscode.house.gov/", law!.GetAttribute("href"));
            Assert.Contains(statute, law.GetAttribute("href"));
            Assert.NotNull(law.QuerySelector("cite"));
        }
    }

    [Theory]
    [InlineData("/definitions",
        "Anyone under 18 who is induced to perform a commercial sex act is a victim of human trafficking, whether or " +
        "not force, fraud or coercion was used.")]
    [InlineData("/learn",
        "Anyone under 18 who is induced to perform a commercial sex act is a victim of human trafficking, whether or " +
        "not force, fraud or coercion was used.")]
    [InlineData("/es/definitions",
        "Toda persona menor de 18 años a quien se induce a realizar un acto sexual comercial es víctima de trata de " +
        "personas, haya habido o no fuerza, fraude o coacción.")]
    [InlineData("/es/learn",
        "Toda persona menor de 18 años a quien se induce a realizar un acto sexual comercial es víctima de trata de " +
        "personas, haya habido o no fuerza, fraude o coacción.")]
    public async Task Human_trafficking_says_that_anyone_under_18_in_commercial_sex_is_a_victim(string page,
        string sentence)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        var definition = document.GetElementById("human-trafficking")!.Closest("section.definition")!;
        Assert.Contains(definition.QuerySelectorAll("p"), p => p.ReadableText() == sentence);
    }

    [Fact]
    public async Task The_page_describes_its_terms_as_schema_org_json_ld()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/definitions");

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("DefinedTermSet", json.RootElement.GetProperty("@type").GetString());
        var terms = json.RootElement.GetProperty("hasDefinedTerm").EnumerateArray().ToList();
        Assert.Equal(document.QuerySelectorAll("section.definition").Length, terms.Count);
        Assert.All(terms, t => Assert.Equal("DefinedTerm", t.GetProperty("@type").GetString()));
        Assert.Contains(terms, t => t.GetProperty("name").GetString() == "Sex trafficking"
            && t.GetProperty("url").GetString() == "/definitions#sex-trafficking"
            && t.GetProperty("description")
                .GetString()!.StartsWith("In plain words: sex trafficking is getting a person",
                StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_definitions_text_is_typed_once_and_shown_on_both_pages()
    {
        var client = site.CreatePlainClient();
        var definitions = await Html.GetPageAsync(client, "/definitions");
        var learn = await Html.GetPageAsync(client, "/learn");

        string Text(AngleSharp.Dom.IDocument d,
            string id) => d.GetElementById(id)!.Closest("section.definition")!.ReadableText();
        Assert.Equal(Text(definitions, "labor-trafficking"), Text(learn, "labor-trafficking"));
        var pages = Directory.EnumerateFiles(TempContent.RepositoryContent, "*.md", SearchOption.AllDirectories)
            // _translated-from/ keeps the English each translation was made from, for check-content: never shown.
            .Where(f => !f.Contains("_translated-from", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("peonage, debt bondage", StringComparison.Ordinal)).ToList();
        Assert.Single(pages);
    }
}
