using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// A content file parsed once: its front matter's YAML text, and the Markdown document that follows it. Both pages
/// and definitions are read this way; each reads the YAML into its own model.
/// </summary>
public sealed class MarkdownSource
{
    private MarkdownSource(string path, MarkdownDocument document, string? yaml, int yamlOpeningLine)
    {
        Path = path;
        Document = document;
        Yaml = yaml;
        YamlOpeningLine = yamlOpeningLine;
    }

    public string Path { get; }

    public MarkdownDocument Document { get; }

    /// <summary>
    /// The text between the two <c>---</c> lines, or null when the file has no (closed) front matter.
    /// </summary>
    public string? Yaml { get; }

    /// <summary>The 1-based line of the opening <c>---</c>.</summary>
    public int YamlOpeningLine { get; }

    /// <summary>Parses the file, unless it nests deeper than <see cref="MarkdownNesting"/> allows: then it is a
    /// problem, and its document is empty (nothing of it can be shown).</summary>
    public static MarkdownSource Parse(string markdown, FileProblems problems)
    {
        var path = problems.Path;
        if (!MarkdownNesting.CanParse(markdown, problems))
        {
            return new MarkdownSource(path, new MarkdownDocument(), null, 1);
        }

        var document = Markdig.Markdown.Parse(markdown, SitePipeline.Instance);
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (!MarkdownNesting.Fits(document, problems))
        {
            // The front matter is still read, so that every problem of the file is reported at once.
            block?.Parent?.Remove(block);
            return new MarkdownSource(path, new MarkdownDocument(), block?.Lines.ToString(), (block?.Line ?? 0) + 1);
        }

        if (block is null)
        {
            problems.Add(1, markdown.StartsWith("---", StringComparison.Ordinal)
                ? "the front matter opened on this line is never closed: add a line with only --- after it"
                : "the file must start with front matter: a line ---, then its fields, then ---");
            return new MarkdownSource(path, document, null, 1);
        }

        // The YAML is read by the caller; none of it is rendered.
        block.Parent?.Remove(block);
        CheckInvisibleCharacters(markdown, block.Span.End + 1, problems);
        CheckInvisibleEntities(document, problems);
        return new MarkdownSource(path, document, block.Lines.ToString(), block.Line + 1);
    }

    // The front matter's values are checked as YAML (StrictYaml); the body is prose, held to the rule for prose.
    private static void CheckInvisibleCharacters(string markdown, int bodyStart, FileProblems problems)
    {
        var at = bodyStart;
        while ((at = InvisibleCharacters.FirstInProse(markdown, at)) >= 0)
        {
            problems.Add(markdown.AsSpan(0, at).Count('\n') + 1, InvisibleCharacters.Problem(markdown, at));
            at++;
        }
    }

    // &#x202E; or &rlm; written as an entity is the same character once rendered: held to the same rule.
    private static void CheckInvisibleEntities(MarkdownDocument document, FileProblems problems)
    {
        foreach (var entity in document.Descendants<HtmlEntityInline>())
        {
            var text = entity.Transcoded.ToString();
            if (InvisibleCharacters.FirstInProse(text) is var at and >= 0)
            {
                problems.Add(entity.Line + 1, $"the entity {entity.Original} is the invisible character " +
                    $"{InvisibleCharacters.Describe(text, at)}, which can change how the text " +
                        "around it is shown: delete it");
            }
        }
    }

    /// <summary>
    /// Resolves shortcodes, applies the link policy, checks headings, and renders the document to HTML.
    /// </summary>
    /// <param name="text">The words of the page's language, for what the renderer adds (the section links).</param>
    public RenderedMarkdown Render(
        ShortcodeBinder shortcodes, string title, Languages.SiteText text, FileProblems problems)
    {
        SectionLinks.UseText(Document, text);
        shortcodes.Bind(Document, title, problems);
        LinkPolicy.Apply(Document, problems);
        AttributedQuotes.Mark(Document);
        var headings = CheckHeadings(problems);
        var links = CollectLinks(problems);
        var html = Markdig.Markdown.ToHtml(Document, SitePipeline.Instance);
        return new RenderedMarkdown(html, headings, links,
            HtmlIds.Of(html))
        { Shortcodes = PlacedShortcode.In(Document) };
    }

    // Links are kept for the site-wide check (does the page or #section exist?), which needs every page first.
    private List<PageLink> CollectLinks(FileProblems problems)
    {
        var links = new List<PageLink>();
        foreach (var link in Document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            if (link.IsImage && string.IsNullOrWhiteSpace(InlineText.Of(link)))
            {
                problems.Add(link.Line + 1, $"the image {link.Url} has no alt text: describe it between the " +
                    $"brackets, ![like this]({link.Url})");
            }

            if (!string.IsNullOrEmpty(link.Url))
            {
                links.Add(new PageLink(link.Url, link.Line + 1, link.IsImage));
            }
        }

        return links;
    }

    private List<PageHeading> CheckHeadings(FileProblems problems)
    {
        var headings = new List<PageHeading>();
        var previousLevel = 1;
        foreach (var heading in Document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                problems.Add(line, "the page title (from the front matter) is the only top-level " +
                    "heading: start sections with ##");
            }
            else if (heading.Level > previousLevel + 1)
            {
                problems.Add(line, $"this heading skips a level (h{previousLevel} to h{heading.Level}): use " +
                    $"{new string('#', previousLevel + 1)}");
            }

            previousLevel = heading.Level;
            headings.Add(new PageHeading(heading.Level, heading.GetAttributes().Id
                ?? "", InlineText.Of(heading.Inline)));
        }

        return headings;
    }
}
