namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// A content file rendered: its HTML, its section headings, the links it makes and the ids it offers.
/// </summary>
public sealed record RenderedMarkdown(
    string Html, IReadOnlyList<PageHeading> Headings, IReadOnlyList<PageLink> Links, IReadOnlySet<string> Ids)
{
    /// <summary>Every shortcode written in the file, where it stands: {{ checked }} is a fact to review.</summary>
    public IReadOnlyList<PlacedShortcode> Shortcodes { get; init; } = [];
}

/// <summary>A link or image written in a content file, with the line it is on.</summary>
public sealed record PageLink(string Url, int Line, bool IsImage);

/// <summary>A section heading of a page and the stable id it can be linked to with.</summary>
public sealed record PageHeading(int Level, string Id, string Text);
