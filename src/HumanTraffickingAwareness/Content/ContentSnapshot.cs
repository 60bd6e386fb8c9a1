namespace HumanTraffickingAwareness.Content;

/// <summary>
/// Everything the site shows, as one immutable value. A reload builds a whole new snapshot and swaps it in with one
/// reference assignment, so a request sees either the old content or the new, never a mix.
/// </summary>
public sealed record ContentSnapshot(
    long Version,
    SiteSettings? Site,
    Statistics.HotlineStatistics? Statistics,
    IReadOnlyList<Definitions.Definition> Definitions,
    IReadOnlyDictionary<string, ContentPage> PagesByUrl,
    IReadOnlyList<NavigationLink> Navigation,
    IReadOnlyList<ContentProblem> Problems,
    DateTimeOffset LoadedAt)
{
    public static ContentSnapshot Empty { get; } = new(0, null, null, [], new Dictionary<string, ContentPage>(), [], [], DateTimeOffset.MinValue);

    /// <summary>True when the site has what it needs to serve pages: its settings.</summary>
    public bool IsServable => Site is not null;

    public ContentPage? FindPage(string url) =>
        PagesByUrl.TryGetValue(UrlPaths.Normalize(url), out var page) ? page : null;
}
