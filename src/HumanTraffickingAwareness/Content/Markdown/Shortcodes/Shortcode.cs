using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>
/// <c>{{ name arg arg }}</c> written in a page: a value from site.yml or the data files, placed in the text. The parser
/// only records it; <see cref="ShortcodeBinder"/> resolves it to HTML before the page is rendered.
/// </summary>
public sealed partial class Shortcode : LeafInline
{
    public required string Name { get; init; }

    public required IReadOnlyList<string> Arguments { get; init; }

    /// <summary>The text as the editor wrote it, for messages.</summary>
    public required string Source { get; init; }

    /// <summary>Set when the shortcode is not closed with <c>}}</c> on the same line.</summary>
    public bool Unclosed { get; init; }

    /// <summary>The rendered HTML, set once the shortcode is resolved.</summary>
    public string? Html { get; set; }

    /// <summary>
    /// What a reader sees of it, as plain text (1-888-373-7888): for a heading's id and label, an image's alt text,
    /// and comparing a link's words with the number it dials. Our templates' own HTML, so removing its tags is enough.
    /// </summary>
    public string Text => Html is null ? Source : WebUtility.HtmlDecode(Tags().Replace(Html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
