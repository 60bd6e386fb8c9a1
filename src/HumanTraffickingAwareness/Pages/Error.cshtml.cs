using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Pages.Shared;

namespace HumanTraffickingAwareness.Pages;

/// <summary>Shown instead of an unexpected failure. The failure itself is logged, never shown.</summary>
public sealed class ErrorModel(ContentSnapshot snapshot, RequestLanguage requestLanguage) : PageModel
{
    public SiteSettings? Site => snapshot.Site;

    public Content.Languages.SiteLanguage? Language => requestLanguage.Language;

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
        {
            return NotFound();
        }

        return Page();
    }
}
