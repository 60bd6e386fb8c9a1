using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Pages.Materials;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// /LEARN, a page's address in the wrong case (a volunteer's link typed from a poster), answers a permanent redirect
/// to /learn rather than the page itself: the reader lands where a static host would send them too (the export's
/// nginx block does the same; many static hosts have no case-insensitive look-up), and a search engine or a shared
/// link keeps one address per page.
/// </summary>
public static class PageAddressCase
{
    public static IApplicationBuilder UsePageAddressCase(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            // Most requests are in lower case already: those cost one scan and nothing else.
            if (path is null || !path.Any(char.IsUpper) || Path.HasExtension(path)
                || AddressOf(context.RequestServices.GetRequiredService<LiveSnapshot>().Current, path)
                    is not { } address
                || string.Equals(path.TrimEnd('/'), address, StringComparison.Ordinal))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            // A page named café.md has the address /café: a header carries it percent-encoded, as the request did.
            context.Response.Headers.Location = new PathString(address).ToUriComponent() + context.Request.QueryString;
            return Task.CompletedTask;
        });

    /// <summary>
    /// The page's own address, in lower case: a published page, or a printable item of a language with them.
    /// </summary>
    private static string? AddressOf(ContentSnapshot snapshot, string path)
    {
        if (snapshot.FindPage(path) is { FrontMatter.Draft: false } page)
        {
            return page.Url;
        }

        var language = snapshot.LanguageOf(path);
        var url = UrlPaths.Normalize(path);
        return PrintableItems.All.Any(item => language.UrlOf(item.NeutralPath) == url)
            && snapshot.FindPage(language.UrlOf(PrintableItem.ListPath)) is { FrontMatter.Draft: false } ? url : null;
    }
}
