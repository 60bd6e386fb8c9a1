using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Snapshot;

/// <summary>
/// Everything the site shows, as one immutable value. A reload builds a whole new snapshot and swaps it in with one
/// reference assignment, so a request sees either the old content or the new, never a mix.
/// </summary>
/// <param name="Languages">Every language of the site, the default language first.</param>
/// <param name="Definitions">Every language's definitions; each knows the page it is listed on.</param>
/// <param name="NavigationByLanguage">The main menu of each language, by language code.</param>
/// <param name="Warnings">
/// What an editor should know but readers are not hurt by, such as a page not yet translated.
/// </param>
public sealed record ContentSnapshot(
    long Version,
    SiteSettings? Site,
    IReadOnlyList<SiteLanguage> Languages,
    Statistics.HotlineStatistics? Statistics,
    IReadOnlyList<Definitions.Definition> Definitions,
    IReadOnlyDictionary<string, ContentPage> PagesByUrl,
    IReadOnlyDictionary<string, IReadOnlyList<NavigationLink>> NavigationByLanguage,
    IReadOnlyList<ContentProblem> Problems,
    IReadOnlyList<ContentProblem> Warnings,
    DateTimeOffset LoadedAt)
{
    /// <summary>What readers are shown of each content file, by the path problems are reported under.</summary>
    public IReadOnlyDictionary<string, SourceState> Sources { get; init; } = new Dictionary<string, SourceState>();

    /// <summary>
    /// Addresses of page files that exist but have no good version to show: they answer "being updated".
    /// </summary>
    public IReadOnlySet<string> UnavailableUrls { get; init; } = new HashSet<string>();

    /// <summary>
    /// Every page file, good or not, by the path problems are reported under, with the address it is for.
    /// </summary>
    public IReadOnlyDictionary<string, string> PageFiles { get; init; } = new Dictionary<string, string>();

    /// <summary>help-near-you.yml: the organisations /help-near-you lists by region (its last good version while the
    /// file has a problem), or null when there is none.</summary>
    public Settings.HelpNearYou.HelpDirectory? HelpNearYou { get; init; }

    /// <summary>Every fact the content states with its source and checked date, the longest unchecked first.</summary>
    public IReadOnlyList<Content.Facts.Fact> Facts { get; init; } = [];

    public SourceState StateOf(string path) => Sources.GetValueOrDefault(path, SourceState.Published);

    public static ContentSnapshot Empty { get; } =
        new(0, null, [], null, [], new Dictionary<string, ContentPage>(), new Dictionary<string,
            IReadOnlyList<NavigationLink>>(), [], [], DateTimeOffset.MinValue);

    /// <summary>True when the site has what it needs to serve pages: its settings and its default language.</summary>
    public bool IsServable => Site is not null && Languages.Count > 0;

    public SiteLanguage DefaultLanguage => Languages[0];

    /// <summary>The main menu of the default language.</summary>
    public IReadOnlyList<NavigationLink> Navigation => Languages.Count == 0 ? [] : NavigationOf(DefaultLanguage);

    public ContentPage? FindPage(string url) =>
        PagesByUrl.TryGetValue(UrlPaths.Normalize(url), out var page) ? page : null;

    /// <summary>The language an address belongs to: /es/learn is Spanish, /learn the default language.</summary>
    public SiteLanguage LanguageOf(string? url)
    {
        var normalized = UrlPaths.Normalize(url);
        return Languages.FirstOrDefault(l => l.Owns(normalized)) ?? DefaultLanguage;
    }

    public IReadOnlyList<NavigationLink> NavigationOf(SiteLanguage language) =>
        NavigationByLanguage.TryGetValue(language.Code, out var links) ? links : [];

    /// <summary>
    /// Where a language's readers start: its home page (/es), or, for a language with only some pages, its first page
    /// by weight (/ar/help); the default language's home when the language has no page at all.
    /// </summary>
    public string HomeOf(SiteLanguage language)
    {
        if (Published(language.UrlOf("/")) is not null)
        {
            return language.UrlOf("/");
        }

        return FirstPageOf(language, PagesByUrl.Values)?.Url ?? DefaultLanguage.UrlOf("/");
    }

    /// <summary>
    /// A language's published page of the smallest weight (then address): its start when it has no home page.
    /// </summary>
    public static ContentPage? FirstPageOf(SiteLanguage language, IEnumerable<ContentPage> pages) =>
        pages.Where(p => p.Language == language.Code && !p.FrontMatter.Draft)
            .OrderBy(p => p.FrontMatter.Weight ?? int.MaxValue).ThenBy(p => p.Url, StringComparer.Ordinal)
                .FirstOrDefault();

    /// <summary>
    /// Where a reader of <paramref name="language"/> reads a page (a default-language address such as /safety): in
    /// their language when it is translated, else in the default language, else in any language that has it; null
    /// when no language has it. A link built on this never leads to a "not translated yet" page.
    /// </summary>
    public PageVersion? ReadableVersionOf(SiteLanguage language, string neutralPath)
    {
        var versions = VersionsOf(DefaultLanguage.UrlOf(neutralPath)).Where(v => v.Page is not null).ToList();
        return versions.FirstOrDefault(v => v.Language == language) ?? versions.FirstOrDefault();
    }

    private ContentPage? Published(string url) => FindPage(url) is { FrontMatter.Draft: false } page ? page : null;

    /// <summary>
    /// The same page in every language, the default language first: its address in each, and the published page
    /// there when there is one (null where it is not translated yet).
    /// </summary>
    public IReadOnlyList<PageVersion> VersionsOf(string url)
    {
        var neutral = LanguageOf(url).NeutralPathOf(url);
        return Languages.Select(language =>
        {
            var address = language.UrlOf(neutral);
            // Only a page written in that language: /es/es/learn is not the English version of anything.
            var page = FindPage(address) is { } found && found.Language == language.Code ? found : null;
            return new PageVersion(language, address, page is { FrontMatter.Draft: false } ? page : null);
        }).ToList();
    }
}

/// <summary>A page's address in one language, and the page when it exists in that language.</summary>
public sealed record PageVersion(SiteLanguage Language, string Url, ContentPage? Page);
