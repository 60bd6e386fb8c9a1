using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary>How Markdown written by an editor turns into the page a reader sees.</summary>
[Trait("Suite", "InProcess")]
public sealed class MarkdownRenderingTests
{
    private readonly InMemoryContent _content = new();

    private (ContentPage? Page, IReadOnlyList<ContentProblem> Problems) Render(string body)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n" + body);
        var snapshot = _content.Load();
        return (snapshot.FindPage("/test"), snapshot.Problems.Where(p => p.Path == "content/test.md").ToList());
    }

    [Fact]
    public async Task Headings_get_github_style_ids()
    {
        var (page, _) = Render("## Who is Vulnerable?\n\n### Signs & risks\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.Equal("who-is-vulnerable", document.QuerySelector("h2")!.Id);
        Assert.Equal("signs--risks", document.QuerySelector("h3")!.Id);
    }

    [Fact]
    public async Task Raw_html_is_shown_as_text_not_passed_through()
    {
        var (page, _) = Render("Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<div>block</div>\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Empty(document.QuerySelectorAll("div"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent);
    }

    [Fact]
    public async Task Pipe_tables_and_footnotes_render()
    {
        var (page, _) = Render("| Year | Cases |\n|---|---|\n| 2021 | 10 |\n\nA claim.[^1]\n\n[^1]: The source.\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.NotNull(document.QuerySelector("table th"));
        Assert.NotNull(document.QuerySelector(".footnotes li"));
    }

    [Fact]
    public async Task A_quote_ending_with_a_dash_line_becomes_an_attributed_figure()
    {
        var (page, _) = Render("> Words worth saying.\n>\n> — Someone Wise\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.Equal("Words worth saying.", document.QuerySelector("figure blockquote")!.ReadableText());
        Assert.Equal("— Someone Wise", document.QuerySelector("figure figcaption")!.ReadableText());
    }

    [Fact]
    public async Task A_plain_quote_stays_a_plain_blockquote()
    {
        var (page, _) = Render("> Just a quote.\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.Null(document.QuerySelector("figure"));
        Assert.Equal("Just a quote.", document.QuerySelector("blockquote")!.ReadableText());
    }

    [Fact]
    public async Task Outbound_links_do_not_tell_the_other_site_where_the_reader_came_from()
    {
        var (page, _) = Render("[hotline](https://example.org/) and [learn](/learn)\n");

        var document = await Html.ParseAsync(page!.Html);
        Assert.Equal("noopener noreferrer",
            document.QuerySelector("a[href='https://example.org/']")!.GetAttribute("rel"));
        Assert.Null(document.QuerySelector("a[href='/learn']")!.GetAttribute("rel"));
    }

    [Fact]
    public void A_script_link_is_reported_and_the_page_is_not_published()
    {
        var (page, problems) = Render("Intro\n\n[click](javascript:alert(1))\n");

        Assert.Null(page);
        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Contains("not allowed", problem.Message);
    }

    [Fact]
    public void The_hotline_shortcodes_render_the_numbers_from_the_site_file()
    {
        var (page,
            problems) = Render("Call {{ hotline phone }}, text {{ hotline text }}, or {{ hotline emergency }}.\n");

        Assert.Empty(problems);
        HtmlAssert.SameDom(
            """<p>Call <a href="tel:+18883737888" dir="ltr">1-888-373-7888</a>, text """ +
            """<a href="sms:233733?&body=HELP" dir="ltr">233733 (HELP)</a>, or """ +
            """<a href="tel:911" dir="ltr">911</a>.</p>""",
            page!.Html);
    }

    [Theory]
    [InlineData("Call {{ hotline phon }} now.", "hotline phon")]
    [InlineData("Call {{ hotlin phone }} now.", "unknown shortcode")]
    [InlineData("Call {{ hotline phone now.", "not closed")]
    public void A_mistyped_shortcode_is_reported_on_its_line_not_shown_as_raw_text(string line, string expected)
    {
        var (page, problems) = Render("First paragraph.\n\n" + line + "\n");

        Assert.Null(page);
        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void A_second_top_level_heading_is_reported()
    {
        var (_, problems) = Render("Intro\n\n# Another title\n");

        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains("##"));
    }
}
