namespace HumanTraffickingAwareness.Hosting.Caching;

/// <summary>
/// What every response tells the reader's browser and a CDN about keeping a copy: the one place that decides.
/// A browser keeps nothing (<c>no-store</c>): a copy in its disk cache would be a record of what was read that
/// outlives deleting the page from the history. A CDN, told apart by the headers only CDNs read, may hold a good
/// response (a page, the sitemap, robots.txt) for a minute, and a fingerprinted file for as long as the framework
/// says; it revalidates with the page's ETag and gets a 304. Errors and everything else: nobody keeps them.
/// </summary>
/// <remarks>
/// Cloudflare reads <c>CDN-Cache-Control</c> (RFC 9213), Fastly <c>Surrogate-Control</c>; both take it over
/// <c>Cache-Control</c>. Others (CloudFront, Akamai) need their own setting to hold pages that say no-store: see the
/// docs/operators.md, "Behind a proxy or a CDN".
/// </remarks>
public static class CachePolicy
{
    /// <summary>For browsers, and any cache that reads only Cache-Control.</summary>
    public const string Browsers = "no-store";

    /// <summary>
    /// For a CDN: a page, the sitemap or robots.txt, so that an edit reaches every reader within a minute.
    /// </summary>
    public const string CdnPages = "max-age=60";

    public const string CdnCacheControl = "CDN-Cache-Control";

    public const string SurrogateControl = "Surrogate-Control";

    public static IApplicationBuilder UseCachePolicy(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Runs after every inner OnStarting callback and after MapStaticAssets and the page cache set theirs, so
            // it has the last word on every response, error pages included.
            context.Response.OnStarting(() => Apply(context));
            return next(context);
        });

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var framework = headers.CacheControl.ToString();
        headers.CacheControl = Browsers;
        headers.Pragma = default;
        headers.Expires = default;
        // Setting a header to no value removes it.
        headers[CdnCacheControl] = headers[SurrogateControl] = context.Response.StatusCode is not
                (StatusCodes.Status200OK or StatusCodes.Status206PartialContent or StatusCodes.Status304NotModified)
            || context.Request.Path.StartsWithSegments(HealthEndpoints.Path) ? default
            // A fingerprinted file (MapStaticAssets marks it immutable) never changes under its address.
            : framework.Contains("immutable", StringComparison.OrdinalIgnoreCase) ? framework : CdnPages;
        return Task.CompletedTask;
    }
}
