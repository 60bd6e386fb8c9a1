using System.Xml.Linq;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Sharing;

/// <summary>
/// <c>/sitemap.xml</c> lists every published page in every language, each with its versions in the other languages
/// (as Google reads hreflang in sitemaps); <c>/robots.txt</c> points crawlers to it. Drafts are in neither.
/// </summary>
public static class SitemapEndpoints
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(UrlPaths.Sitemap, (ContentSnapshot snapshot, PublicUrls urls) =>
        {
            var entries = snapshot.PagesByUrl.Values
                .Where(page => !page.FrontMatter.Draft)
                .OrderBy(page => page.FrontMatter.Weight ?? int.MaxValue)
                    .ThenBy(page => page.Url, StringComparer.Ordinal)
                .Select(page => new XElement(Sitemaps + "url",
                    new XElement(Sitemaps + "loc", urls.Absolute(page.Url)),
                    page.FrontMatter.LastMod is DateOnly lastmod
                        ? new XElement(Sitemaps + "lastmod", lastmod.ToString("yyyy-MM-dd")) : null,
                    Alternates(snapshot.VersionsOf(page.Url).Where(v => v.Page is not null).ToList(), urls)));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
                new XElement(Sitemaps + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), entries));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
        });

        endpoints.MapGet(UrlPaths.Robots, (PublicUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: " +
                $"{urls.Absolute(UrlPaths.Sitemap)}\n", "text/plain; charset=utf-8"));

        return endpoints;
    }

    private static IEnumerable<XElement> Alternates(IReadOnlyList<PageVersion> versions, PublicUrls urls) =>
        versions.Count < 2
            ? []
            : versions.Select(v => new XElement(Xhtml + "link",
                new XAttribute("rel", "alternate"), new XAttribute("hreflang", v.Language.Code),
                    new XAttribute("href", urls.Absolute(v.Url))));
}
