using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Sharing.ShareImages;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// What the layout shows around a page, worked out once here so that _Layout.cshtml is only markup: the title, the
/// link-preview fields, the page in other languages and the hotline's words. Site and Language are null only while
/// no content could be loaded at all (the site then answers 503 and shows the page without banner or menus).
/// </summary>
public sealed record LayoutView(SiteSettings? Site, SiteLanguage? Language, PageMeta? Meta)
{
    public string? FullTitle { get; private init; }

    public string? Canonical { get; private init; }

    /// <summary>
    /// Drawn from site.yml and the language file by Sharing/ShareImages: share.png, and share.CODE.png for each other
    /// language.
    /// </summary>
    public string ShareImage { get; private init; } = "";

    public string ShareImageAlt { get; private init; } = "";

    /// <summary>This address in each other language, only ever to a page that exists or else to that language's home:
    /// the requested path is never echoed into a link.</summary>
    public IReadOnlyList<PageVersion> OtherLanguages { get; private init; } = [];

    /// <summary>
    /// The languages an indexable page is published in, for search engines and link previews (hreflang, og:locale).
    /// </summary>
    public IReadOnlyList<PageVersion> Translations { get; private init; } = [];

    /// <summary>
    /// The hotline's numbers and words, for the banner at the top and the footer at the bottom alike.
    /// </summary>
    public HotlineHelp? Hotline { get; private init; }

    /// <summary>
    /// The page's canonical link and preview fields are written only for an indexable page of a loaded site.
    /// </summary>
    public bool IsIndexable => Canonical is not null && Site is not null && Language is not null && Meta is not null;

    public static LayoutView For(ContentSnapshot snapshot, SiteLanguage? language, PageMeta? meta, PublicUrls urls,
        string? requestedPath)
    {
        var site = snapshot.Site;
        var versions = meta?.Versions ?? (language is null ? [] : snapshot.VersionsOf(requestedPath ?? "/"));
        return new LayoutView(site, language, meta)
        {
            FullTitle = language is null || meta is null ? meta?.Title : meta.IsHome ? language.SiteName
                : $"{meta.Title} | {language.SiteName}",
            Canonical = meta?.CanonicalPath is string path ? urls.Absolute(path) : null,
            ShareImage = urls.Absolute(ShareImageEndpoints.PathFor(language)),
            ShareImageAlt = site is null || language is null ? "" : TextTemplate.Fill(language.Text.ShareImageAlt,
                ("site", language.SiteName), ("hotline", language.HotlineName), ("phone", site.Hotline.PhoneDisplay),
                    ("text", site.Hotline.TextNumber)),
            OtherLanguages = versions.Where(v => v.Language != language)
                .Select(v => v.Page is null ? v with { Url = snapshot.HomeOf(v.Language) } : v).ToList(),
            Translations = meta?.CanonicalPath is null ? [] : versions.Where(v => v.Page is not null).ToList(),
            Hotline = site is null || language is null ? null
                : new HotlineHelp(site, language,
                    language.Text.HelpIfTrafficked)
                { Safety = snapshot.ReadableVersionOf(language, "/safety") },
        };
    }

    /// <summary>Open Graph writes locales with an underscore: es_US.</summary>
    public static string Locale(SiteLanguage language) => language.Culture.Name.Replace('-', '_');
}
