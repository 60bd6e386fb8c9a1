using System.Text;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>Fills the <c>{names}</c> of a text from a language file, so a translation can put them in its own order.</summary>
public static class TextTemplate
{
    /// <summary>Plain text in, plain text out: "Text {keyword} to" with keyword HELP is "Text HELP to".</summary>
    public static string Fill(string template, params (string Name, string Value)[] values) =>
        Replace(template, values, literal => literal);

    /// <summary>
    /// HTML out: the template's own words are encoded, the values are put in as the HTML they are (a link, a
    /// <c>&lt;strong&gt;</c>), so a translator's text can never inject markup.
    /// </summary>
    public static string FillHtml(string template, params (string Name, string Html)[] values) =>
        Replace(template, values, HtmlText.Encode);

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

    private static string Replace(string template, (string Name, string Value)[] values, Func<string, string> literal)
    {
        var result = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(literal(template[position..]));
                break;
            }

            result.Append(literal(template[position..open]));
            var name = template[(open + 1)..close];
            var match = Array.FindIndex(values, v => v.Name == name);
            // An unknown name is left as written; the language file's check already reported it.
            result.Append(match >= 0 ? values[match].Value : literal(template[open..(close + 1)]));
            position = close + 1;
        }

        return result.ToString();
    }
}
