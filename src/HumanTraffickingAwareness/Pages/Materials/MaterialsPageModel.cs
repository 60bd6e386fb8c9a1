using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Pages.Shared;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// What /materials and each item's page share: the request's language (answering 404 for an address of no language
/// of the site, such as /xx/materials), the printed items' data, and the page cache.
/// </summary>
public abstract class MaterialsPageModel(ContentSnapshot snapshot, RequestLanguage requestLanguage, PublicUrls urls)
    : PageModel
{
    public ContentSnapshot Snapshot => snapshot;

    public SiteLanguage Language { get; private set; } = null!;

    public PrintView Print { get; private set; } = null!;

    /// <summary>
    /// Null when <paramref name="neutralPath"/> in the request's language is not the address asked for.
    /// </summary>
    protected IActionResult? Begin(string neutralPath)
    {
        if (!snapshot.IsServable || requestLanguage.Language is not { } language)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var url = UrlPaths.Normalize(Request.Path.Value);
        if (url != language.UrlOf(neutralPath))
        {
            return NotFound();
        }

        Language = language;
        Print = PrintView.For(snapshot.Site!, language, urls);
        // Made only from this content version and the configured address: the same for every reader.
        HttpContext.Items[Hosting.Caching.PageCache.CacheableMarker] = url;
        return null;
    }
}
