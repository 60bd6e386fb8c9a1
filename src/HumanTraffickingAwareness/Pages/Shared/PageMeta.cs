using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// What the layout says about a page in its head: title, description, and the canonical path that link previews,
/// share links and the canonical link are built on (null for pages that must not be indexed, such as a 404).
/// </summary>
public sealed record PageMeta(string Title, string Description, string? CanonicalPath, bool IsHome = false)
{
    public const string Key = nameof(PageMeta);

    /// <summary>
    /// The page in each language, for a page that is not a content file of its own (such as /materials/poster): the
    /// language switch and the hreflang links lead there. Null for content pages, whose versions are their files.
    /// </summary>
    public IReadOnlyList<Content.Snapshot.PageVersion>? Versions { get; init; }
}
