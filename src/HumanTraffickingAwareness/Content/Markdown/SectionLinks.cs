using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
// Markdig's renderer of a Markdown tree, not ASP.NET Core's renderer of Razor components (Templates/).
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;
using Microsoft.AspNetCore.Components;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// Gives every section heading (## and ###) a visible link to itself, drawn by <c>SectionHeading.razor</c>.
/// </summary>
internal sealed class SectionLinks(TemplateRenderer templates) : IMarkdownExtension
{
    private const string TextKey = "section-link-text";

    /// <summary>Gives a document the words of its language; the pipeline is shared by every language.</summary>
    public static void UseText(MarkdownDocument document, Languages.SiteText text) =>
        document.SetData(TextKey, text.SectionLink);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is MarkdigHtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new LinkedHeadingRenderer(templates));
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

    private sealed class LinkedHeadingRenderer(TemplateRenderer templates) : HeadingRenderer
    {
        protected override void Write(MarkdigHtmlRenderer renderer, HeadingBlock heading)
        {
            var id = heading.GetAttributes().Id;
            if (heading.Level is not (2 or 3) || string.IsNullOrEmpty(id))
            {
                base.Write(renderer, heading);
                return;
            }

            // Markdig renders the heading itself (its id, its inline Markdown); the template puts it in its place.
            renderer.EnsureLine();
            var headingHtml = CapturedHtml.Of(renderer, () => base.Write(renderer, heading));

            var label = TextTemplate.Fill(TemplateOf(heading), ("heading", InlineText.Of(heading.Inline)));
            renderer.Write(templates.Render<SectionHeading>(
                (nameof(SectionHeading.Level), heading.Level), (nameof(SectionHeading.Id), id),
                (nameof(SectionHeading.Heading), new MarkupString(headingHtml)),
                    (nameof(SectionHeading.Label), label)));
            renderer.WriteLine();
        }
    }
}
