using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Hosting.Caching;

namespace HumanTraffickingAwareness.Pages;

/// <summary>
/// The Razor page that shows every article, the pages written in content/: found by its URL in the current snapshot.
/// The materials and the error pages have Razor pages of their own.
/// </summary>
public sealed class ArticlePageModel(ContentSnapshot snapshot, IWebHostEnvironment environment) : PageModel
{
    public ContentPage Article { get; private set; } = null!;

    public ContentSnapshot Snapshot => snapshot;

    public Content.Languages.SiteLanguage Language => snapshot.LanguageOf(Article.Url);

    public IActionResult OnGet(string? path)
    {
        if (!snapshot.IsServable)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var page = snapshot.FindPage("/" + path);
        // A page whose file exists but has never been good since start-up (or no page at all yet): it is being
        // mended, not missing, and links to it are not wrong. Readers get the hotline and a "try again" page.
        if (page is null && (snapshot.UnavailableUrls.Contains(UrlPaths.Normalize("/" + path))
            || snapshot.PagesByUrl.Count == 0))
        {
            Response.Headers.RetryAfter = "60";
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        // Drafts are previewed by editors on their own machine, never published.
        if (page is null || (page.FrontMatter.Draft && !environment.IsDevelopment()))
        {
            return NotFound();
        }

        Article = page;
        // The same for every reader of this content version: the page cache may keep it.
        HttpContext.Items[Hosting.Caching.PageCache.CacheableMarker] = page.Url;
        return Page();
    }
}
