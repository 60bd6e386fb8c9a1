using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>What parsing one page's file gave: the page's parts when it is sound, and every problem found.</summary>
public sealed record ParsedPage(FrontMatter? FrontMatter, RenderedMarkdown Rendered, IReadOnlyList<ContentProblem> Problems)
{
    public bool IsValid => FrontMatter is not null && Problems.Count == 0;

    public string Html => Rendered.Html;
}

/// <summary>Parses a page once, checks it, and renders it to HTML. Errors carry the file's path and line.</summary>
public static class MarkdownPageParser
{
    public static ParsedPage Parse(string markdown, string path, ShortcodeBinder shortcodes, Languages.SiteText text)
    {
        var problems = new List<ContentProblem>();
        var source = MarkdownSource.Parse(markdown, path, problems);
        var frontMatter = source.Yaml is null ? null : FrontMatterReader.Read(source.Yaml, path, source.YamlOpeningLine, problems);
        var rendered = source.Render(shortcodes, frontMatter?.Title ?? "", text, problems);
        return new ParsedPage(frontMatter, rendered, problems);
    }
}
