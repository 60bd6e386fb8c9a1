using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// Gives every section heading (## and ###) a visible link to itself, so a volunteer can share one section. The link
/// sits beside the heading, not inside it, so a screen reader's list of headings stays clean.
/// </summary>
internal sealed class SectionLinks : IMarkdownExtension
{
    private const string TextKey = "section-link-text";

    /// <summary>Gives a document the words of its language; the pipeline is shared by every language.</summary>
    public static void UseText(MarkdownDocument document, Languages.SiteText text) => document.SetData(TextKey, text.SectionLink);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new LinkedHeadingRenderer());
        }
    }

    private static string TemplateOf(Block block)
    {
        Block root = block;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.GetData(TextKey) as string ?? "{heading}";
    }

    private sealed class LinkedHeadingRenderer : HeadingRenderer
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var id = heading.GetAttributes().Id;
            if (heading.Level is not (2 or 3) || string.IsNullOrEmpty(id))
            {
                base.Write(renderer, heading);
                return;
            }

            renderer.EnsureLine().Write($"<div class=\"section-heading section-heading-{heading.Level}\">");
            base.Write(renderer, heading);
            var label = TextTemplate.Fill(TemplateOf(heading), ("heading", InlineText.Of(heading.Inline)));
            renderer.Write($"<a class=\"section-link\" href=\"#{id}\"><span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">{HtmlText.Encode(label)}</span></a>");
            renderer.WriteLine("</div>");
        }
    }
}
