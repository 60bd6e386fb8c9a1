using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary>
/// A shortcode shows its value wherever it stands, in valid HTML: in a link's words (as text: a link cannot hold a
/// link), in a heading (whose id and section link name it), in an image's description; a table or chart cannot go in
/// a table's cell.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class ShortcodeWhereItStandsTests
{
    private readonly InMemoryContent _content = new();

    private (ContentPage? Page, IReadOnlyList<ContentProblem> Problems) Render(string body)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n\n" + body + "\n");
        var snapshot = _content.Load();
        return (snapshot.FindPage("/test"), snapshot.Problems.Where(p => p.Path == "content/test.md").ToList());
    }

    [Fact]
    public async Task A_number_in_a_links_words_is_shown_left_to_right_without_a_link_of_its_own()
    {
        var (page, problems) = Render("Or [call {{ hotline phone }} or see the help page](/help).");

        Assert.Empty(problems);
        var document = await Html.ParseAsync(page!.Html);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("/help", link.GetAttribute("href"));
        Assert.Equal("call 1-888-373-7888 or see the help page", link.ReadableText());
        Assert.Equal("ltr", link.QuerySelector("span")!.GetAttribute("dir"));
        Assert.Equal("1-888-373-7888", link.QuerySelector("span")!.ReadableText());
    }

    [Fact]
    public async Task A_heading_with_a_number_is_linked_and_labelled_with_the_number_as_shown()
    {
        var (page, problems) = Render("## Call {{ hotline phone }}\n\nWords.\n\n## Call\n\nMore words.");

        Assert.Empty(problems);
        var document = await Html.ParseAsync(page!.Html);
        var heading = document.QuerySelectorAll("h2")[0];
        Assert.Equal("call-1-888-373-7888", heading.Id);
        var sectionLink = heading.ParentElement!.QuerySelector("a.section-link")!;
        Assert.Equal("#call-1-888-373-7888", sectionLink.GetAttribute("href"));
        Assert.Contains("Call 1-888-373-7888", sectionLink.ReadableText());
        Assert.Equal("call", document.QuerySelectorAll("h2")[1].Id);
        Assert.Contains(page.Rendered.Headings, h => h.Id == "call-1-888-373-7888" && h.Text == "Call 1-888-373-7888");
    }

    [Fact]
    public async Task An_images_description_holds_the_number_as_words_not_markup()
    {
        _content.WriteBytes("media/poster.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var (page, _) = Render("![Call {{ hotline phone }}](/media/poster.png)");

        var image = Assert.Single((await Html.ParseAsync(page!.Html)).QuerySelectorAll("img"));
        Assert.Equal("Call 1-888-373-7888", image.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("{{ statistics table us }}")]
    [InlineData("{{ definitions }}")]
    public void A_table_or_chart_in_a_tables_cell_is_refused_at_its_line(string shortcode)
    {
        var (_, problems) = Render("| Figures |\n|---|\n| " + shortcode + " |");

        var problem = Assert.Single(problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains("cannot go inside a table's cell", problem.Message);
    }
}
