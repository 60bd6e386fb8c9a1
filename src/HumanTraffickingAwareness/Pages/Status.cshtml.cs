using HumanTraffickingAwareness.Content;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HumanTraffickingAwareness.Pages;

/// <summary>The friendly page for an error status (404 and the like); the hotline stays on it.</summary>
public sealed class StatusModel(ContentSnapshot snapshot, IWebHostEnvironment environment) : PageModel
{
    /// <summary>In Development, the problems of a page file that exists but could not be published.</summary>
    public IReadOnlyList<ContentProblem>? EditorProblems { get; private set; }

    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public SiteSettings? Site => snapshot.Site;

    public IReadOnlyList<NavigationLink> Navigation => snapshot.Navigation.Where(l => l.Url != "/").ToList();

    public IActionResult OnGet(int code)
    {
        // Only shown in place of another response; asked for directly, /status/... is just an unknown page.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        if (environment.IsDevelopment() && reExecuted is not null)
        {
            EditorProblems = HumanTraffickingAwareness.Content.EditorProblems.For(snapshot, reExecuted.OriginalPath);
        }

        if (reExecuted is null)
        {
            code = StatusCodes.Status404NotFound;
            Response.StatusCode = code;
        }

        (Heading, Explanation) = code switch
        {
            404 => ("Page not found", "We could not find the page you asked for. It may have moved, or the address may have a typo."),
            405 => ("That request is not supported", "This site only shows pages; it does not accept submissions."),
            503 => ("The site is being updated", "Please try again in a minute."),
            _ => ("Something went wrong", "We could not show the page you asked for."),
        };
        return Page();
    }
}
