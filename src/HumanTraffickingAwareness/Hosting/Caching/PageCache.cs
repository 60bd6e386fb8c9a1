using System.Collections.Concurrent;
using HumanTraffickingAwareness.Content;

namespace HumanTraffickingAwareness.Hosting.Caching;

/// <summary>
/// The rendered pages of the current content version. Emptied whenever the content reloads; an entry rendered from
/// an older version is never served.
/// </summary>
public sealed class PageCache
{
    // Keys include the host the request came to (canonical links depend on it when Site:BaseUrl is unset), so their
    // number is bounded: a flood of made-up Host headers cannot fill the memory.
    private const int MaxEntries = 512;

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ContentLibrary _library;

    public PageCache(ContentLibrary library)
    {
        _library = library;
        library.Changed += _ => _pages.Clear();
    }

    /// <summary>Set on HttpContext.Items by a page whose response may be kept and served to everyone.</summary>
    public static readonly object CacheableMarker = new();

    public static string KeyFor(HttpRequest request) =>
        $"{request.Scheme}://{request.Host.Value}{UrlPaths.Normalize(request.Path.Value)}";

    public bool TryGet(string key, out CachedPage page)
    {
        if (_pages.TryGetValue(key, out page!) && page.Version == _library.Current.Version)
        {
            return true;
        }

        page = null!;
        return false;
    }

    public void Add(string key, CachedPage page)
    {
        if (page.Version == _library.Current.Version && (_pages.Count < MaxEntries || _pages.ContainsKey(key)))
        {
            _pages[key] = page;
        }
    }
}
