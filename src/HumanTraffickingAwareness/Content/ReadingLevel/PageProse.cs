using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Markdown.Pictures;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;

namespace HumanTraffickingAwareness.Content.ReadingLevel;

/// <summary>One sentence of a page's own prose, with the line it starts on.</summary>
public sealed record ProseSentence(string Text, int Line);

/// <summary>
/// The sentences a page writes itself, from its Markdown tree: paragraphs and list items. Left out: headings,
/// quotations (someone else's words, such as statute text or a quoted source), tables, code, footnotes, shortcodes on
/// a line of their own (tables, charts, definitions), and list items that start with a link to another website (a
/// list of sources). A shortcode inside a sentence counts as one short word, such as a number; a picture counts as
/// none.
/// </summary>
public static partial class PageProse
{
    public static IReadOnlyList<ProseSentence> Of(MarkdownDocument document)
    {
        var sentences = new List<ProseSentence>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (IsProse(paragraph) && paragraph.Inline is { } inline)
            {
                Split(inline, sentences);
            }
        }

        return sentences;
    }

    private static bool IsProse(ParagraphBlock paragraph)
    {
        for (Block? parent = paragraph.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock or Table or FootnoteGroup)
            {
                return false;
            }
        }

        var inlines = paragraph.Inline?.Where(i =>
            !(i is LiteralInline literal && string.IsNullOrWhiteSpace(literal.Content.ToString()))).ToList() ?? [];
        var onlyShortcodes = inlines.Count > 0 && inlines.All(i => i is Shortcode or LineBreakInline);
        var citation = paragraph.Parent is ListItemBlock && inlines.FirstOrDefault() is LinkInline { Url: { } url }
            && url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
        return !onlyShortcodes && !citation;
    }

    /// <summary>Splits a paragraph's words into sentences, each starting on the line its first word is on.</summary>
    private static void Split(ContainerInline paragraph, List<ProseSentence> sentences)
    {
        var text = new StringBuilder();
        var lineAt = new List<(int Offset, int Line)>();
        Append(paragraph, text, lineAt);
        var whole = text.ToString();
        var start = 0;
        foreach (var end in SentenceEnds().Matches(whole).Select(m => m.Index).Append(whole.Length))
        {
            var sentence = whole[start..end].Trim();
            if (sentence.Length > 0)
            {
                var offset = start + (whole[start..end].Length - whole[start..end].TrimStart().Length);
                var line = lineAt.LastOrDefault(l => l.Offset <= offset, lineAt.FirstOrDefault()).Line;
                sentences.Add(new ProseSentence(sentence, line + 1));
            }

            start = end;
        }
    }

    private static void Append(Inline inline, StringBuilder text, List<(int Offset, int Line)> lineAt)
    {
        switch (inline)
        {
            case LiteralInline literal:
                lineAt.Add((text.Length, literal.Line));
                text.Append(literal.Content.ToString());
                break;
            case Shortcode picture when PictureShortcode.IsPicture(picture):
                // A picture beside an idea is not one of its words.
                break;
            case Shortcode code:
                lineAt.Add((text.Length, code.Line));
                text.Append('0');
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline children:
                foreach (var child in children)
                {
                    Append(child, text, lineAt);
                }

                break;
        }
    }

    // A sentence ends at . ! ? (and a closing quote or bracket) before a space and a capital, a digit or an opening
    // mark, so "U.S. law" stays one sentence.
    [GeneratedRegex(@"(?<=[.!?…][""”’)]*)\s+(?=[\p{Lu}\p{N}""“¿¡(])")]
    private static partial Regex SentenceEnds();
}
