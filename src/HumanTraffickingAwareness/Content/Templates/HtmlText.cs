using System.Text;

namespace HumanTraffickingAwareness.Content.Templates;

/// <summary>
/// Text made safe to put in HTML: &amp;, &lt;, &gt; and both quotes are escaped, and nothing else. WebUtility.HtmlEncode
/// would also write "información" as "informaci&amp;#243;n", which bloats pages in Spanish and hides their words from
/// anyone reading the source; the pages are UTF-8, so letters need no escaping.
/// </summary>
public static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text ?? "";
        }

        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
