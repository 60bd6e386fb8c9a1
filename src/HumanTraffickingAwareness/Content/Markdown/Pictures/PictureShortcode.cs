using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Markdown.Pictures;

/// <summary>
/// <c>{{ picture phone }}</c> at the start of a list item or paragraph of an Easy Read page: one of
/// <see cref="Pictograms"/>, drawn inline on the left of its idea, named in the page's language.
/// </summary>
public sealed class PictureShortcode(string languageCode, TemplateRenderer templates) : IShortcodeSource
{
    public const string ShortcodeName = "picture";

    public string Name => ShortcodeName;

    public string Usage => "{{ picture NAME }}";

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        if (arguments is not [var name] || Pictograms.Find(name) is not { } picture)
        {
            var which = arguments.Count == 0 ? "say which picture"
                : $"there is no picture '{string.Join(' ', arguments)}'";
            error = $"{which}: use one of {string.Join(", ", Pictograms.All.Select(p => p.Name))}";
            return null;
        }

        error = null;
        return templates.Render<PictogramSvg>((nameof(PictogramSvg.Drawing), picture.Drawing),
            (nameof(PictogramSvg.Label), picture.NameIn(languageCode)));
    }

    /// <summary>The layout puts a picture on the left of its row, so it must be what the row starts with.</summary>
    public void Check(MarkdownDocument document, FileProblems problems)
    {
        foreach (var code in document.Descendants<Shortcode>().Where(IsPicture))
        {
            // Its paragraph's own words (not inside a link or emphasis), and the first of them.
            var row = code.Parent is { Parent: null, ParentBlock: ParagraphBlock } root ? root : null;
            var first = row?.FirstOrDefault(i =>
                !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()));
            if (first != code)
            {
                problems.Add(code.Line + 1, $"'{code.Source}' must start its list item or paragraph: the picture is " +
                    "drawn on the left of the idea it stands for");
            }
        }
    }

    public static bool IsPicture(Shortcode code) =>
        string.Equals(code.Name, ShortcodeName, StringComparison.OrdinalIgnoreCase);
}
