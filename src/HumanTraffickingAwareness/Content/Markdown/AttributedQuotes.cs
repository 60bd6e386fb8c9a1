using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
// Markdig's renderer of a Markdown tree, not ASP.NET Core's renderer of Razor components (Templates/).
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;
using Microsoft.AspNetCore.Components;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// A block quote whose last paragraph starts with a dash ("— A21 Campaign") is a quotation with its source: it is
/// rendered as <c>&lt;figure&gt;&lt;blockquote&gt;…&lt;/blockquote&gt;&lt;figcaption&gt;</c>, so the attribution is
/// tied to the words in a way screen readers announce.
/// </summary>
internal sealed class AttributedQuotes(TemplateRenderer templates) : IMarkdownExtension
{
    private static readonly string[] Dashes = ["—", "--", "―", "–"];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is MarkdigHtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<QuoteBlockRenderer>(new AttributedQuoteRenderer(templates));
        }
    }

    /// <summary>
    /// The attribution paragraph of <paramref name="quote"/>, with its leading dash removed, or null.
    /// </summary>
    internal static ParagraphBlock? TakeAttribution(QuoteBlock quote)
    {
        if (quote.Count < 2
            || quote.LastChild is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph)
        {
            return null;
        }

        var text = first.Content.ToString();
        var dash = Dashes.FirstOrDefault(d => text.StartsWith(d, StringComparison.Ordinal));
        if (dash is null)
        {
            return null;
        }

        first.Content = new Markdig.Helpers.StringSlice(text[dash.Length..].TrimStart());
        return paragraph;
    }

    private sealed class AttributedQuoteRenderer(TemplateRenderer templates) : QuoteBlockRenderer
    {
        protected override void Write(MarkdigHtmlRenderer renderer, QuoteBlock quote)
        {
            if (quote.GetData(typeof(AttributedQuotes)) is not ParagraphBlock attribution)
            {
                base.Write(renderer, quote);
                return;
            }

            // Markdig renders the quoted Markdown; the template puts it and its source in their places.
            var words = CapturedHtml.Of(renderer, () =>
            {
                foreach (var block in quote.Where(b => b != attribution))
                {
                    renderer.Write(block);
                }

                renderer.EnsureLine();
            });
            var source = CapturedHtml.Of(renderer, () => renderer.WriteLeafInline(attribution).EnsureLine());
            renderer.EnsureLine().WriteLine(templates.Render<AttributedQuote>(
                (nameof(AttributedQuote.Quote), new MarkupString(words)),
                    (nameof(AttributedQuote.Attribution), new MarkupString(source))));
        }
    }

    /// <summary>Marks every attributed quote of the document for the renderer.</summary>
    internal static void Mark(MarkdownDocument document)
    {
        foreach (var quote in document.Descendants<QuoteBlock>())
        {
            if (TakeAttribution(quote) is { } attribution)
            {
                quote.SetData(typeof(AttributedQuotes), attribution);
            }
        }
    }
}
