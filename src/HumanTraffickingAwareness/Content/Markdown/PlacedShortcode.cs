using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// A shortcode as written in a page, with what stands around it: the list item (or else the paragraph) it is in, its
/// words and its links. A <c>{{ checked }}</c> at the end of a source's list item is about that item's link.
/// </summary>
/// <param name="Line">1-based, in the file.</param>
/// <param name="Links">The addresses the same list item or paragraph links to, in order.</param>
/// <param name="Text">The words of that list item or paragraph, without shortcodes.</param>
public sealed record PlacedShortcode(
    string Name, IReadOnlyList<string> Arguments, int Line, IReadOnlyList<string> Links, string Text)
{
    internal static IReadOnlyList<PlacedShortcode> In(MarkdownDocument document) =>
        document.Descendants<Shortcode>().Select(code =>
        {
            Block? around = code.Parent?.ParentBlock;
            for (var block = around; block is not null; block = block.Parent)
            {
                if (block is ListItemBlock)
                {
                    around = block;
                    break;
                }
            }

            // A list item's paragraphs; else the paragraph, heading or table cell's text the shortcode is in.
            var paragraphs = around is ContainerBlock container ? container.Descendants<LeafBlock>()
                : around is LeafBlock leaf ? [leaf] : [];
            var links = paragraphs.SelectMany(p => p.Inline?.Descendants<LinkInline>() ?? [])
                .Where(l => !l.IsImage && !string.IsNullOrEmpty(l.Url))
                .Select(l => l.Url!).ToList();
            var text = string.Join(" ", paragraphs.Select(p => InlineText.Of(p.Inline)));
            return new PlacedShortcode(code.Name, code.Arguments, code.Line + 1, links, text);
        }).ToList();
}
