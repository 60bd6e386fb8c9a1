using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// A block quote whose last paragraph starts with a dash ("— A21 Campaign") is a quotation with its source: it is
/// rendered as <c>&lt;figure&gt;&lt;blockquote&gt;…&lt;/blockquote&gt;&lt;figcaption&gt;</c>, so the attribution is tied to
/// the words in a way screen readers announce.
/// </summary>
internal sealed class AttributedQuotes : IMarkdownExtension
{
    private static readonly string[] Dashes = ["—", "--", "―", "–"];

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<QuoteBlockRenderer>(new AttributedQuoteRenderer());
        }
    }

    /// <summary>The attribution paragraph of <paramref name="quote"/>, with its leading dash removed, or null.</summary>
    internal static ParagraphBlock? TakeAttribution(QuoteBlock quote)
    {
        if (quote.Count < 2 || quote.LastChild is not ParagraphBlock { Inline.FirstChild: LiteralInline first } paragraph)
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

    private sealed class AttributedQuoteRenderer : HtmlObjectRenderer<QuoteBlock>
    {
        protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
        {
            var attribution = quote.GetData(typeof(AttributedQuotes)) as ParagraphBlock;
            if (attribution is null)
            {
                renderer.EnsureLine().Write("<blockquote").WriteAttributes(quote).WriteLine(">");
                renderer.WriteChildren(quote);
                renderer.EnsureLine().WriteLine("</blockquote>");
                return;
            }

            renderer.EnsureLine().Write("<figure class=\"quote\"").WriteAttributes(quote).WriteLine(">");
            renderer.WriteLine("<blockquote>");
            foreach (var block in quote)
            {
                if (block != attribution)
                {
                    renderer.Write(block);
                }
            }

            renderer.EnsureLine().WriteLine("</blockquote>");
            renderer.Write("<figcaption>— ");
            renderer.WriteLeafInline(attribution);
            renderer.WriteLine("</figcaption>");
            renderer.WriteLine("</figure>");
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
