using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
// Markdig's renderer of a Markdown tree, not ASP.NET Core's renderer of Razor components (Templates/).
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

internal sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.InlineParsers.Insert(0, new ShortcodeParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is MarkdigHtmlRenderer html && !html.ObjectRenderers.Contains<ShortcodeRenderer>())
        {
            html.ObjectRenderers.Add(new ShortcodeRenderer());
            html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new BlockShortcodeParagraphRenderer());
        }
    }
}

internal sealed class ShortcodeRenderer : HtmlObjectRenderer<Shortcode>
{
    // An unresolved shortcode never reaches a reader: the page is rejected before rendering. Escaping the source
    // here is only a last line of defence.
    protected override void Write(MarkdigHtmlRenderer renderer, Shortcode code)
    {
        if (!renderer.EnableHtmlForInline)
        {
            // An image's alt text, a heading's id: words, never markup inside an attribute.
            renderer.WriteEscape(code.Text);
        }
        else if (code.Html is not null)
        {
            renderer.Write(code.Html);
        }
        else
        {
            renderer.WriteEscape(code.Source);
        }
    }
}

/// <summary>Writes a block shortcode's HTML in place of the paragraph it stands alone in.</summary>
internal sealed class BlockShortcodeParagraphRenderer : ParagraphRenderer
{
    protected override void Write(MarkdigHtmlRenderer renderer, Markdig.Syntax.ParagraphBlock paragraph)
    {
        if (paragraph.GetData(typeof(Shortcode)) is string html)
        {
            renderer.EnsureLine().WriteLine(html);
            return;
        }

        base.Write(renderer, paragraph);
    }
}
