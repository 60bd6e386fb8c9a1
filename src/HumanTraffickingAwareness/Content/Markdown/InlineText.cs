using System.Text;
using Markdig.Syntax.Inlines;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>The plain words of some inline Markdown, as a reader would say them.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            // &#x31; is the 1 a reader sees: what the words say includes it.
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString());
                break;
            case Shortcodes.Shortcode code:
                text.Append(code.Text);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline children:
                foreach (var child in children)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
