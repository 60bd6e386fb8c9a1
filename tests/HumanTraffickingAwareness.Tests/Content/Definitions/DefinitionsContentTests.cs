using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Definitions;

[Trait("Suite", "InProcess")]
public sealed class DefinitionsContentTests
{
    private readonly InMemoryContent _content = new();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _content.Load(previous);

    [Fact]
    public void An_editor_adds_a_term_by_adding_a_file()
    {
        _content.Write("_definitions/debt-bondage.md",
            "---\nterm: Debt bondage\nweight: 6\nsource: National Human Trafficking Hotline\n" +
                "source_url: https://humantraffickinghotline.org/en/human-trafficking\nchecked: 2026-11-25\n---\n\n" +
                "A test definition.\n");

        var snapshot = Load();

        Assert.Empty(snapshot.Problems);
        Assert.Contains("id=\"debt-bondage\"", snapshot.FindPage("/definitions")!.Html);
        Assert.Contains("id=\"debt-bondage\"", snapshot.FindPage("/learn")!.Html);
        Assert.Equal("debt-bondage", snapshot.Definitions.Last(d => d.PageUrl == "/definitions").Id);
    }

    [Fact]
    public void A_law_link_that_is_not_the_official_code_is_reported()
    {
        _content.Replace("_definitions/sex-trafficking.md", "law_url: https://uscode.house.gov/",
            "law_url: https://example.com/");

        Assert.Contains(Load().Problems,
            p => p.Path == "content/_definitions/sex-trafficking.md" && p.Message.Contains("uscode.house.gov"));
    }

    [Fact]
    public void A_definition_without_a_source_is_reported_and_its_last_good_version_kept()
    {
        var first = Load();
        _content.Replace("_definitions/labor-trafficking.md", "source: National Human Trafficking Hotline\n", "");

        var second = Load(first);

        Assert.Contains(second.Problems,
            p => p.Path == "content/_definitions/labor-trafficking.md" && p.Message.Contains("'source'"));
        Assert.Contains(second.Definitions, d => d.Id == "labor-trafficking");
    }
}
