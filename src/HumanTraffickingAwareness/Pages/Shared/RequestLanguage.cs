using Microsoft.AspNetCore.Diagnostics;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// The language a response is written in: the language of the address that was asked for. A 404 or error page
/// answering /es/... is in Spanish, like the page the reader was after.
/// </summary>
public sealed class RequestLanguage(IHttpContextAccessor accessor, ContentSnapshot snapshot)
{
    private SiteLanguage? _language;

    /// <summary>Null only while no content could be loaded at all (the site then answers 503).</summary>
    public SiteLanguage? Language =>
        _language ??= snapshot.IsServable ? snapshot.LanguageOf(RequestedPath(accessor.HttpContext)) : null;

    /// <summary>The path the reader asked for, also while a status or error page is shown in its place.</summary>
    public static string? RequestedPath(HttpContext? context) =>
        context?.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? context?.Features.Get<IExceptionHandlerPathFeature>()?.Path
        ?? context?.Request.Path.Value;
}
