using Microsoft.Extensions.Logging;

namespace HumanTraffickingAwareness.Content;

/// <summary>
/// Holds the site's current content. Pages are parsed and rendered once, here, and every request reads the
/// <see cref="Current"/> snapshot; a reload replaces it whole.
/// </summary>
public sealed class ContentLibrary
{
    private readonly ContentLoader _loader;
    private readonly ILogger<ContentLibrary> _logger;
    private readonly Lock _reloading = new();
    private ContentSnapshot _current = ContentSnapshot.Empty;

    public ContentLibrary(ContentLoader loader, ILogger<ContentLibrary> logger)
    {
        _loader = loader;
        _logger = logger;
        Reload();
    }

    public string Root => _loader.Root;

    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a reload has swapped in a new snapshot.</summary>
    public event Action<ContentSnapshot>? Changed;

    public ContentSnapshot Reload()
    {
        ContentSnapshot next;
        lock (_reloading)
        {
            try
            {
                next = _loader.Load(_current);
            }
            catch (Exception e)
            {
                // A reload must never take the site down: keep serving what we have.
                _logger.LogError(e, "Reloading content from {ContentRoot} failed; the last good version stays in service", _loader.Root);
                return _current;
            }

            Volatile.Write(ref _current, next);
        }

        Report(next);
        Changed?.Invoke(next);
        return next;
    }

    private void Report(ContentSnapshot snapshot)
    {
        foreach (var problem in snapshot.Problems)
        {
            _logger.LogError("Content problem {Problem}; the last good version stays in service", problem.ToString());
        }

        foreach (var warning in snapshot.Warnings)
        {
            _logger.LogWarning("Content warning {Problem}", warning.ToString());
        }

        if (!snapshot.IsServable)
        {
            _logger.LogCritical("No content could be loaded from {ContentRoot}", _loader.Root);
            return;
        }

        _logger.LogInformation("Content version {Version} loaded from {ContentRoot}: {PageCount} pages, {ProblemCount} problems",
            snapshot.Version, _loader.Root, snapshot.PagesByUrl.Count, snapshot.Problems.Count);
    }
}
