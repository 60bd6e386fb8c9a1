using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;
using HumanTraffickingAwareness.Content.Templates;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary>
/// Our Markdown, as Markdig specifies its own: examples of what an editor writes and the HTML a reader gets, compared
/// as parsed HTML. The words and numbers come from the repository's site.yml, en.yml and statistics.yml.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class MarkdownSpecTests
{
    private static readonly Lazy<ContentSnapshot> Repository = new(() =>
        new SnapshotLoader(TempContent.RepositoryContent).Load(ContentSnapshot.Empty));

    public static TheoryData<string, string, string> Examples => new()
    {
        {
            "a section heading gets an id and a link to itself",
            "## Who is vulnerable?",
            """
            <div class="section-heading section-heading-2"><h2 id="who-is-vulnerable">Who is vulnerable?</h2>
            <a class="section-link" href="#who-is-vulnerable"><span aria-hidden="true">#</span>
            <span class="visually-hidden">Link to the section Who is vulnerable?</span></a></div>
            """
        },
        {
            "a subsection heading too, with its words as a reader hears them",
            "## Signs\n\n### Signs & *risks*",
            """
            <div class="section-heading section-heading-2"><h2 id="signs">Signs</h2>
            <a class="section-link" href="#signs"><span aria-hidden="true">#</span>
            <span class="visually-hidden">Link to the section Signs</span></a></div>
            <div class="section-heading section-heading-3"><h3 id="signs--risks">Signs &amp; <em>risks</em></h3>
            <a class="section-link" href="#signs--risks"><span aria-hidden="true">#</span>
            <span class="visually-hidden">Link to the section Signs &amp; risks</span></a></div>
            """
        },
        {
            "deeper headings get an id but no link",
            "## A\n\n### B\n\n#### Small print",
            """
            <div class="section-heading section-heading-2"><h2 id="a">A</h2><a class="section-link" href="#a">
            <span aria-hidden="true">#</span><span class="visually-hidden">Link to the section A</span></a></div>
            <div class="section-heading section-heading-3"><h3 id="b">B</h3><a class="section-link" href="#b">
            <span aria-hidden="true">#</span><span class="visually-hidden">Link to the section B</span></a></div>
            <h4 id="small-print">Small print</h4>
            """
        },
        {
            "a quote ending with a dash line is an attributed figure",
            "> Words worth saying.\n>\n> — Someone Wise",
            """
            <figure class="quote"><blockquote><p>Words worth saying.</p></blockquote>
            <figcaption>— Someone Wise</figcaption></figure>
            """
        },
        {
            "a plain quote stays a blockquote",
            "> Just a quote.",
            "<blockquote><p>Just a quote.</p></blockquote>"
        },
        {
            "an external link does not tell the other site where the reader came from; a link on the site is plain",
            "[the hotline](https://example.org/) and [learn](/learn)",
            """<p><a href="https://example.org/" rel="noopener noreferrer">the hotline</a> and """ +
            """<a href="/learn">learn</a></p>"""
        },
        {
            "a javascript: link loses its address and keeps its words",
            "Click [here](javascript:alert(1)) now.",
            "<p>Click here now.</p>"
        },
        {
            "tel: and mailto: links are kept",
            "[Call](tel:+18883737888) or [write](mailto:help@example.org)",
            """<p><a href="tel:+18883737888">Call</a> or <a href="mailto:help@example.org">write</a></p>"""
        },
        {
            "raw HTML is shown as text",
            "Hello <b onclick=\"x()\">bold</b>\n\n<div>block</div>",
            """<p>Hello &lt;b onclick="x()"&gt;bold&lt;/b&gt;</p><p>&lt;div&gt;block&lt;/div&gt;</p>"""
        },
        {
            "an inline shortcode becomes a working link",
            "Call {{ hotline phone }} now.",
            """<p>Call <a href="tel:+18883737888" dir="ltr">1-888-373-7888</a> now.</p>"""
        },
        {
            "a figure in running text keeps its machine-readable value",
            "In 2021, {{ stat us 2021 cases }} cases.",
            """<p>In 2021, <data value="10360">10,360</data> cases.</p>"""
        },
        {
            "a block shortcode on its own line replaces the paragraph",
            "{{ statistics source }}",
            """
            <p class="data-source">Source:
            <a href="https://humantraffickinghotline.org/en/statistics" rel="noopener noreferrer">National Human
            Trafficking Hotline</a>. Figures as of <time datetime="2021-12-31">December 31, 2021</time>. Unfortunately,
            many cases of human trafficking go unreported.</p>
            <p class="data-checked">
            <span class="checked-on">Checked on <time datetime="2026-11-25">November 25, 2026</time></span></p>
            """
        },
        {
            "footnotes are numbered and linked both ways",
            "A claim.[^1]\n\n[^1]: The source.",
            """
            <p>A claim.<a id="fnref:1" href="#fn:1" class="footnote-ref"><sup>1</sup></a></p>
            <div class="footnotes"><hr /><ol><li id="fn:1">
            <p>The source.<a href="#fnref:1" class="footnote-back-ref">&#8617;</a></p></li></ol></div>
            """
        },
        {
            "a pipe table is a table",
            "| Year | Cases |\n|---|---:|\n| 2021 | 10 |",
            """
            <table><thead><tr><th>Year</th><th style="text-align: right;">Cases</th></tr></thead>
            <tbody><tr><td>2021</td><td style="text-align: right;">10</td></tr></tbody></table>
            """
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Markdown_renders_as_specified(string example, string markdown, string expected)
    {
        Assert.False(string.IsNullOrEmpty(example));
        HtmlAssert.SameDom(expected, Render(markdown));
    }

    private static string Render(string markdown)
    {
        var snapshot = Repository.Value;
        var language = snapshot.Languages.Single(l => l.IsDefault);
        var format = new StatisticsFormat(language);
        var templates = TemplateRenderer.Site;
        var shortcodes = new ShortcodeBinder([
            new HotlineShortcode(snapshot.Site!, language, templates),
            new StatShortcode(snapshot.Statistics, format, templates),
            new StatisticsShortcode(snapshot.Statistics, format, templates),
            new DefinitionsShortcode(snapshot.Definitions.Where(d =>
                d.PageUrl == language.UrlOf(Definition.NeutralPageUrl)).ToList(), language, templates),
        ]);
        return MarkdownPageRenderer.ParseAndRender($"---\ntitle: Spec\ndescription: An example\n---\n{markdown}\n",
            "content/spec.md", shortcodes, language.Text).Html;
    }
}
