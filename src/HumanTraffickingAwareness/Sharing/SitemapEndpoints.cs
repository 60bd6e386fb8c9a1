using System.Xml.Linq;
using HumanTraffickingAwareness.Content;

namespace HumanTraffickingAwareness.Sharing;

/// <summary><c>/sitemap.xml</c> lists every published page; <c>/robots.txt</c> points crawlers to it. Drafts are in neither.</summary>
public static class SitemapEndpoints
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext context, ContentSnapshot snapshot, PublicUrls urls) =>
        {
            var entries = snapshot.PagesByUrl.Values
                .Where(page => !page.FrontMatter.Draft)
                .OrderBy(page => page.FrontMatter.Weight ?? int.MaxValue).ThenBy(page => page.Url, StringComparer.Ordinal)
                .Select(page => new XElement(Sitemaps + "url",
                    new XElement(Sitemaps + "loc", urls.Absolute(context.Request, page.Url)),
                    page.FrontMatter.LastMod is DateOnly lastmod ? new XElement(Sitemaps + "lastmod", lastmod.ToString("yyyy-MM-dd")) : null));
            var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset", entries));
            return Results.Text(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
        });

        endpoints.MapGet("/robots.txt", (HttpContext context, PublicUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(context.Request, "/sitemap.xml")}\n", "text/plain; charset=utf-8"));

        return endpoints;
    }
}
