namespace HumanTraffickingAwareness.Sharing;

/// <summary>
/// Absolute addresses for canonical links, link previews, share links and the sitemap. They are built on the public
/// base URL from configuration (<c>Site:BaseUrl</c>, for example https://example.org) so that they are right behind a
/// proxy or CDN; without it, on the address the request came to.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public const string ConfigurationKey = "Site:BaseUrl";

    private readonly Uri? _configured = Parse(configuration[ConfigurationKey]);

    public Uri BaseUrl(HttpRequest request) =>
        _configured
        ?? (Uri.TryCreate($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/", UriKind.Absolute, out var fromRequest)
            ? fromRequest
            : Fallback);

    // Only reached by a request whose Host header no real browser sends; it still gets a working page.
    private static readonly Uri Fallback = new("http://localhost/");

    /// <summary>The absolute form of a path on this site, such as /learn#who-is-vulnerable.</summary>
    public string Absolute(HttpRequest request, string path) => new Uri(BaseUrl(request), path.TrimStart('/')).AbsoluteUri;

    private static Uri? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be an absolute http(s) address such as https://example.org, not '{value}'");
        }

        return uri;
    }
}
