using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>
/// Markdig gives a heading its id while parsing, before a shortcode has a value: <c>## Call {{ hotline phone }}</c>
/// would be <c>#call</c>. Once shortcodes are resolved, such a heading gets the id of the words a reader sees
/// (<c>#call-1-888-373-7888</c>), made the way Markdig makes GitHub's, and kept apart from the page's other ids.
/// </summary>
internal static class ShortcodeHeadingIds
{
    public static void Renew(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        var withShortcodes = headings.Where(h => h.Inline?.Descendants<Shortcode>().Any() == true).ToHashSet();
        if (withShortcodes.Count == 0)
        {
            return;
        }

        var taken = headings.Where(h => !withShortcodes.Contains(h)).Select(h => h.GetAttributes().Id).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var heading in headings.Where(withShortcodes.Contains))
        {
            var words = LinkHelper.UrilizeAsGfm(InlineText.Of(heading.Inline));
            var stem = words.Length == 0 ? "section" : words;
            var id = stem;
            for (var i = 1; !taken.Add(id); i++)
            {
                id = $"{stem}-{i}";
            }

            heading.GetAttributes().Id = id;
        }
    }
}
