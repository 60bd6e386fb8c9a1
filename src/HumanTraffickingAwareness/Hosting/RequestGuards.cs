using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// What the site refuses before any page code runs: anything but reading (405), a forwarded scheme that is neither
/// http nor https in any case (400), and addresses too long to be a page of this site (414). Each is answered in plain
/// text, with no detail but the hotline: even a refused request tells a reader how to reach help.
/// </summary>
public static class RequestGuards
{
    // Our longest page address is a few dozen characters; share links carry no query string here.
    public const int MaxUrlLength = 2048;

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                context.Response.Headers.Allow = "GET, HEAD";
                return Refuse(context, StatusCodes.Status405MethodNotAllowed, "This site only " +
                    "shows pages: use GET or HEAD.");
            }

            // A trusted proxy can still send nonsense in X-Forwarded-Proto; only the two real schemes are taken.
            // Schemes are case-insensitive (RFC 3986), so a proxy's "HTTPS" is https, written in the lower case our
            // links use.
            // (ToLowerInvariant gives back the same string when it is in lower case already.)
            var scheme = request.Scheme.ToLowerInvariant();
            if (scheme is not ("https" or "http"))
            {
                return Refuse(context, StatusCodes.Status400BadRequest, "Bad request.");
            }

            request.Scheme = scheme;

            var length = request.PathBase.Value?.Length + request.Path.Value?.Length
                + request.QueryString.Value?.Length;
            if (length > MaxUrlLength)
            {
                return Refuse(context, StatusCodes.Status414UriTooLong, "That address is too long.");
            }

            return next(context);
        });

    private static Task Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask
            : context.Response.WriteAsync($"{message}\n\n{Hotline(context.RequestServices
                .GetRequiredService<LiveSnapshot>().Current, context.Request.Path.Value)}\n");
    }

    /// <summary>The hotline sentence in the language of the address, with the numbers written out.</summary>
    private static string Hotline(ContentSnapshot snapshot, string? path) =>
        snapshot is { IsServable: true, Site: { } site } && snapshot.LanguageOf(path) is var language
            ? TextTemplate.Fill(language.Text.HelpNow, ("hotline", language.HotlineName),
                ("phone", site.Hotline.PhoneDisplay), ("emergency", site.EmergencyNumber),
                ("text", $"{site.Hotline.TextNumber} ({site.Hotline.TextKeyword})"))
            : "";
}
