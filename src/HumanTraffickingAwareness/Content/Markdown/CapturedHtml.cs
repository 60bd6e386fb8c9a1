// Markdig's renderer of a Markdown tree, not ASP.NET Core's renderer of Razor components (Templates/).
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// What Markdig writes for part of a document, as a string, so that a template (SectionHeading.razor,
/// AttributedQuote.razor) can put it in its place. The page's writer is given back even when the writing throws: the
/// renderer is pooled.
/// </summary>
internal static class CapturedHtml
{
    public static string Of(MarkdigHtmlRenderer renderer, Action write)
    {
        var page = renderer.Writer;
        var captured = new StringWriter();
        renderer.Writer = captured;
        try
        {
            write();
        }
        finally
        {
            renderer.Writer = page;
        }

        return captured.ToString();
    }
}
