using System.Collections.Concurrent;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;

namespace HumanTraffickingAwareness.Hosting.Caching;

/// <summary>
/// The rendered pages of the current content version, one entry per published page. Keys are the page's own address,
/// never anything else a request carries (host, query, case, trailing slash), so no flood of made-up requests can add
/// entries; emptied whenever the content reloads, and an entry rendered from an older version is never served.
/// </summary>
/// <remarks>
/// Kept over ASP.NET Core's Output Caching: at its best (in PageCacheHits' place, keyed by path alone, uncompressed) it
/// cost 1.56 x bare Kestrel's CPU per request against this cache's 1.44 x in the same bench/run, and one entry per
/// page, bytes compressed once and an ETag from the bytes would each need a policy of ours on top.
/// </remarks>
public sealed class PageCache
{
    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<CachedPage?>> _rendering = new(StringComparer.Ordinal);
    private readonly LiveSnapshot _live;

    public PageCache(LiveSnapshot live)
    {
        _live = live;
        live.Changed += _ => _pages.Clear();
    }

    /// <summary>
    /// Set on HttpContext.Items by a page whose response may be kept and served to everyone; its value is the page's
    /// own address, which is the only key it may be kept under.
    /// </summary>
    public static readonly object CacheableMarker = new();

    /// <summary>How many pages are held: at most the number of published pages.</summary>
    public int Count => _pages.Count;

    public static string KeyFor(HttpRequest request) => UrlPaths.Normalize(request.Path.Value);

    public bool TryGet(string key, out CachedPage page)
    {
        if (_pages.TryGetValue(key, out page!) && page.Version == _live.Current.Version)
        {
            return true;
        }

        page = null!;
        return false;
    }

    /// <summary>
    /// Claims the rendering of <paramref name="key"/>: true when the caller is the one to render it, false with the
    /// rendering already under way for another reader, which the caller then waits for instead of rendering again.
    /// </summary>
    public bool TryClaim(string key, Task<CachedPage?> rendering, out Task<CachedPage?> underWay)
    {
        underWay = _rendering.GetOrAdd(key, rendering);
        return ReferenceEquals(underWay, rendering);
    }

    public void Release(string key, Task<CachedPage?> rendering) =>
        _rendering.TryRemove(new KeyValuePair<string, Task<CachedPage?>>(key, rendering));

    public void Add(string key, CachedPage page)
    {
        if (page.Version == _live.Current.Version)
        {
            _pages[key] = page;
        }
    }
}
