using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Pages.Shared;

namespace HumanTraffickingAwareness.Pages;

/// <summary>
/// The friendly page for an error status (404 and the like), in the language of the address asked for; the hotline
/// stays on it. A page that exists only in another language is pointed to rather than reported missing.
/// </summary>
public sealed class StatusModel(
    ContentSnapshot snapshot, RequestLanguage requestLanguage, IWebHostEnvironment environment) : PageModel
{
    /// <summary>In Development, the problems of a page file that exists but could not be published.</summary>
    public IReadOnlyList<ContentProblem>? EditorProblems { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public SiteSettings? Site => snapshot.Site;

    public SiteLanguage? Language => requestLanguage.Language;

    /// <summary>The page asked for, published in other languages (empty unless it is a 404 for one of those).</summary>
    public IReadOnlyList<PageVersion> Translations { get; private set; } = [];

    public IReadOnlyList<NavigationLink> Navigation =>
        Language is { } language ? snapshot.NavigationOf(language).Where(l => l.Url != snapshot.HomeOf(language))
            .ToList() : [];

    /// <summary>The language's home page, or its first page when it has only some.</summary>
    public string? Home => Language is { } language ? snapshot.HomeOf(language) : null;

    public IActionResult OnGet(int code)
    {
        // Only shown in place of another response; asked for directly, /status/... is just an unknown page.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (environment.IsDevelopment() && reExecuted is not null)
        {
            EditorProblems = Shared.EditorProblems.For(snapshot, reExecuted.OriginalPath);
        }

        if (reExecuted is null)
        {
            code = StatusCodes.Status404NotFound;
            Response.StatusCode = code;
        }

        if (Language is not { Text: var text } language)
        {
            // No content could be loaded at all, so there is no language file to take words from.
            (Heading, Explanation) = ("Service unavailable", "Please try again in a minute.");
            return Page();
        }

        if (code == StatusCodes.Status404NotFound && reExecuted is not null)
        {
            Translations = snapshot.VersionsOf(reExecuted.OriginalPath)
                .Where(v => v.Language != language && v.Page is not null).ToList();
        }

        (Heading, Explanation) = code switch
        {
            404 when Translations.Count > 0 => (text.NotTranslatedTitle, text.NotTranslatedText),
            404 => (text.NotFoundTitle, text.NotFoundText),
            405 => (text.NotAllowedTitle, text.NotAllowedText),
            503 => (text.UpdatingTitle, text.UpdatingText),
            _ => (text.ErrorTitle, text.ErrorText),
        };
        return Page();
    }
}
