using Microsoft.AspNetCore.Mvc;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Pages.Shared;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// /materials: every printable item with a preview, what it is for and how to print it. Its title, description and
/// the text under the list (such as what Missouri law requires) are the editors' page content/materials.md.
/// </summary>
public sealed class IndexModel(
    ContentSnapshot snapshot, RequestLanguage requestLanguage, PublicUrls urls, IWebHostEnvironment environment)
    : MaterialsPageModel(snapshot, requestLanguage, urls)
{
    public ContentPage Article { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (Begin(PrintableItem.ListPath) is { } refused)
        {
            return refused;
        }

        var url = Language.UrlOf(PrintableItem.ListPath);
        if (Snapshot.FindPage(url) is not { } page)
        {
            // As for any page: a materials.md that has never been good since start-up is being mended, not missing.
            return Snapshot.UnavailableUrls.Contains(url) ? StatusCode(StatusCodes.Status503ServiceUnavailable)
                : NotFound();
        }

        if (page.FrontMatter.Draft && !environment.IsDevelopment())
        {
            return NotFound();
        }

        Article = page;
        return Page();
    }
}
