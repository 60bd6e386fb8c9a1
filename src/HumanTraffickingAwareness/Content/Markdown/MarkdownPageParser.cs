using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>What parsing one page's file gave: the page's parts when it is sound, and every problem found.</summary>
public sealed record ParsedPage(FrontMatter? FrontMatter, string Html, IReadOnlyList<PageHeading> Headings, IReadOnlyList<ContentProblem> Problems)
{
    public bool IsValid => FrontMatter is not null && Problems.Count == 0;
}

/// <summary>Parses a page once, checks it, and renders it to HTML. Errors carry the file's path and line.</summary>
public static class MarkdownPageParser
{
    public static ParsedPage Parse(string markdown, string path, ShortcodeBinder shortcodes)
    {
        var problems = new List<ContentProblem>();
        var document = Markdig.Markdown.Parse(markdown, SitePipeline.Instance);

        var frontMatter = ReadFrontMatter(document, markdown, path, problems);
        shortcodes.Bind(document, path, 0, problems);
        LinkPolicy.Apply(document, path, 0, problems);
        AttributedQuotes.Mark(document);
        var headings = CheckHeadings(document, path, problems);

        var html = Markdig.Markdown.ToHtml(document, SitePipeline.Instance);
        return new ParsedPage(frontMatter, html, headings, problems);
    }

    private static FrontMatter? ReadFrontMatter(MarkdownDocument document, string markdown, string path, List<ContentProblem> problems)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            problems.Add(markdown.StartsWith("---", StringComparison.Ordinal)
                ? new ContentProblem(path, 1, "the front matter opened on this line is never closed: add a line with only --- after it")
                : new ContentProblem(path, 1, "the page must start with front matter: a line ---, then title: and description:, then ---"));
            return null;
        }

        // The block's lines are the YAML between the --- lines; render nothing of it.
        var yaml = block.Lines.ToString();
        block.Parent?.Remove(block);
        return FrontMatterReader.Read(yaml, path, block.Line + 1, problems);
    }

    private static List<PageHeading> CheckHeadings(MarkdownDocument document, string path, List<ContentProblem> problems)
    {
        var headings = new List<PageHeading>();
        var previousLevel = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                problems.Add(new ContentProblem(path, line, "the page title (from the front matter) is the only top-level heading: start sections with ##"));
            }
            else if (heading.Level > previousLevel + 1)
            {
                problems.Add(new ContentProblem(path, line,
                    $"this heading skips a level (h{previousLevel} to h{heading.Level}): use {new string('#', previousLevel + 1)}"));
            }

            previousLevel = heading.Level;
            headings.Add(new PageHeading(heading.Level, heading.GetAttributes().Id ?? "", InlineText.Of(heading.Inline)));
        }

        return headings;
    }
}
