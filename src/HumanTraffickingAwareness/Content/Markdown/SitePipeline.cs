using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>The one Markdig pipeline of the site: built once, immutable and safe to share between threads.</summary>
public static class SitePipeline
{
    public static MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        // GitHub's ids, so that /learn#who-is-vulnerable is the link people already expect and it stays stable.
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseFootnotes()
        // Raw HTML in a content file is shown as text, never passed through.
        .DisableHtml()
        .Use<ShortcodeExtension>()
        .Use(new AttributedQuotes(TemplateRenderer.Site))
        .Use(new SectionLinks(TemplateRenderer.Site))
        .Build();
}
