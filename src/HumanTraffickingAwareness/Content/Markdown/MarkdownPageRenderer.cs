using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>What parsing one page's file gave: the page's parts, and whether it is sound (no problems found).</summary>
public sealed record ParsedPage(FrontMatter? FrontMatter, RenderedMarkdown Rendered, bool IsValid)
{
    public string Html => Rendered.Html;
}

/// <summary>Parses a page once, checks it, and renders it to HTML. Errors carry the file's path and line.</summary>
public static class MarkdownPageRenderer
{
    /// <param name="problems">
    /// This file's, with none yet: every problem found goes there, and the page is sound when none does.
    /// </param>
    public static ParsedPage ParseAndRender(
        string markdown, FileProblems problems, ShortcodeBinder shortcodes, Languages.SiteText text)
    {
        var source = MarkdownSource.Parse(markdown, problems);
        var frontMatter = source.Yaml is null ? null
            : FrontMatterReader.Read(source.Yaml, source.YamlOpeningLine, problems);
        var rendered = source.Render(shortcodes, frontMatter?.Title ?? "", text, problems);
        return new ParsedPage(frontMatter, rendered, frontMatter is not null && !problems.HasAny);
    }

    public static ParsedPage ParseAndRender(
        string markdown, string path, ShortcodeBinder shortcodes, Languages.SiteText text) =>
        ParseAndRender(markdown, new FileProblems(path), shortcodes, text);
}
