using Microsoft.Net.Http.Headers;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Hosting.Metrics;

namespace HumanTraffickingAwareness.Hosting.Caching;

/// <summary>
/// Serves content pages from memory, before routing and rendering: the first request for a page of a content
/// version renders it, every later one gets the same bytes, compressed as the reader's browser accepts, with an
/// ETag and Last-Modified so that a revalidation costs a 304 and no body.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, SiteMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsPageRequest(context.Request))
        {
            await next(context);
            return;
        }

        var key = PageCache.KeyFor(context.Request);
        // PageCacheHits looked a moment ago; another reader's rendering may have finished since.
        if (cache.TryGet(key, out var cached))
        {
            metrics.PageCacheHit();
            await WriteAsync(context, cached);
            return;
        }

        // One rendering per page and content version: readers arriving while it is under way wait for its bytes.
        var rendering = new TaskCompletionSource<CachedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!cache.TryClaim(key, rendering.Task, out var underWay))
        {
            if (await underWay is not null && cache.TryGet(key, out cached))
            {
                metrics.PageCacheHit();
                await WriteAsync(context, cached);
                return;
            }

            // Not a page for everyone (a 404, an error): each reader gets their own answer.
            metrics.PageCacheMiss();
            await next(context);
            return;
        }

        metrics.PageCacheMiss();
        try
        {
            var page = await RenderAsync(context, key);
            rendering.SetResult(page);
        }
        catch
        {
            rendering.TrySetResult(null);
            throw;
        }
        finally
        {
            cache.Release(key, rendering.Task);
        }
    }

    /// <returns>The page kept for everyone, or null when this response was only for this reader.</returns>
    private async Task<CachedPage?> RenderAsync(HttpContext context, string key)
    {
        var request = context.Request;
        // Pin the snapshot this request renders from, so the entry is filed under the version it really shows.
        var snapshot = context.RequestServices.GetRequiredService<ContentSnapshot>();
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Items.TryGetValue(PageCache.CacheableMarker, out var pageUrl) && pageUrl as string == key
            && context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType is { } contentType && !HttpMethods.IsHead(request.Method))
        {
            // Last-Modified is the load's time, not the file's: a page's bytes also change with site.yml, its language
            // file and the figures.
            var page = CachedPage.Create(snapshot.Version, contentType, buffer.ToArray(), snapshot.LoadedAt);
            cache.Add(key, page);
            await WriteAsync(context, page);
            return page;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return null;
    }

    /// <summary>
    /// Pages have no file extension; static files (served from disk, precompressed) and /sitemap.xml pass by.
    /// </summary>
    internal static bool IsPageRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !Path.HasExtension(request.Path.Value);

    internal static Task WriteAsync(HttpContext context, CachedPage page)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = page.ETag;
        headers.LastModified = page.LastModified;
        headers.Vary = HeaderNames.AcceptEncoding;

        if (IsNotModified(context.Request, page))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var (body, encoding) = Choose(context.Request, page);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = page.ContentType;
        response.ContentLength = body.Length;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask
            : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static bool IsNotModified(HttpRequest request, CachedPage page)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            // Weak comparison, as RFC 9110 asks for If-None-Match.
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(tag => tag.Tag == "*" || tag.Compare(page.ParsedETag, useStrongComparison: false));
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && page.LastModifiedDate <= since;
    }

    private static (byte[] Body, string? Encoding) Choose(HttpRequest request, CachedPage page)
    {
        var accepted = request.Headers.AcceptEncoding;
        if (accepted.Count == 0 || !StringWithQualityHeaderValue.TryParseList(accepted, out var encodings))
        {
            return (page.Identity, null);
        }

        bool Accepts(string name) => encodings.Any(e =>
            e.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1) > 0);
        return Accepts("br") ? (page.Brotli, "br") : Accepts("gzip") ? (page.Gzip, "gzip") : (page.Identity, null);
    }
}
