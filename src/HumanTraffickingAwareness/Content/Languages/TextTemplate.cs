using System.Text;
using Microsoft.AspNetCore.Html;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// Fills the <c>{names}</c> of a text from a language file, so a translation can put them in its own order.
/// </summary>
public static class TextTemplate
{
    /// <summary>Plain text in, plain text out: "Text {keyword} to" with keyword HELP is "Text HELP to".</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        var result = new StringBuilder(template.Length + 64);
        foreach (var part in Parts(template))
        {
            result.Append(ValueOf(part, values) ?? part.Text);
        }

        return result.ToString();
    }

    /// <summary>
    /// HTML for a Razor page: the template's own words are text (the page's encoder encodes them), the values are the
    /// HTML they are (a link, a <c>&lt;strong&gt;</c>), so a translator's text can never inject markup.
    /// </summary>
    public static IHtmlContent FillHtml(string template, params (string Name, IHtmlContent Html)[] values)
    {
        var result = new HtmlContentBuilder();
        foreach (var part in Parts(template))
        {
            if (ValueOf(part, values) is { } html)
            {
                result.AppendHtml(html);
            }
            else
            {
                result.Append(part.Text);
            }
        }

        return result;
    }

    /// <summary>
    /// The text cut at its <c>{names}</c>, in order, for a template that puts markup in their place. An unknown name
    /// is a part like the words around it, kept as written; the language file's check already reported it.
    /// </summary>
    public static IEnumerable<TextTemplatePart> Parts(string template)
    {
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                yield return new TextTemplatePart(template[position..], null);
                yield break;
            }

            if (open > position)
            {
                yield return new TextTemplatePart(template[position..open], null);
            }

            yield return new TextTemplatePart(template[open..(close + 1)], template[(open + 1)..close]);
            position = close + 1;
        }
    }

    /// <summary>The <c>{names}</c> a text contains.</summary>
    public static IReadOnlySet<string> PlaceholdersIn(string template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            names.Add(template[(open + 1)..close]);
        }

        return names;
    }

    private static T? ValueOf<T>(TextTemplatePart part, (string Name, T Value)[] values) where T : class =>
        part.Name is null ? null : Array.Find(values, v => v.Name == part.Name).Value;
}

/// <summary>A run of a text's own words (<see cref="Name"/> null), or one of its <c>{names}</c> as written.</summary>
public sealed record TextTemplatePart(string Text, string? Name);
