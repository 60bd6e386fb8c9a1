namespace HumanTraffickingAwareness.Sharing;

/// <summary>
/// Absolute addresses for canonical links, link previews, share links and the sitemap, always built on the public
/// base URL from configuration (<c>Site:BaseUrl</c>, for example https://example.org), never on the request's
/// <c>Host</c> header: a page's bytes are the same whatever a client claims the host is, so one rendering serves
/// everyone and no request can make the site link to another host.
/// </summary>
public sealed class PublicUrls
{
    public const string ConfigurationKey = "Site:BaseUrl";

    public PublicUrls(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            BaseUrl = Parse(configured);
        }
        else if (environment.IsDevelopment())
        {
            // An editor's own machine: the address the site listens on is good enough for previews.
            BaseUrl = ListeningAddress(configuration["urls"]);
        }
        else
        {
            throw new InvalidOperationException(
                $"Set {ConfigurationKey} (environment variable Site__BaseUrl) to the site's public address, " +
                    "such as https://example.org: " +
                "canonical links, link previews, share links and the sitemap are built on it.");
        }
    }

    /// <summary>The public address of the site's root, ending in a slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The absolute form of a path on this site, such as /learn#who-is-vulnerable.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path.TrimStart('/')).AbsoluteUri;

    private static Uri Parse(string value)
    {
        if (!Uri.TryCreate(value.TrimEnd('/') + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"{ConfigurationKey} must be an absolute http(s) address such as https://example.org, not '{value}'");
        }

        return uri;
    }

    private static Uri ListeningAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        var local = first?.Replace("://*", "://localhost").Replace("://+", "://localhost")
            .Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost");
        return local is not null && Uri.TryCreate(local.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri
            : new Uri("http://localhost:5000/");
    }
}
