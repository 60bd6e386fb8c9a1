using System.Diagnostics;
using Microsoft.Extensions.Logging;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Holds the site's current content. Pages are parsed and rendered once, here, and every request reads the
/// <see cref="Current"/> snapshot; a reload replaces it whole.
/// </summary>
public sealed class LiveSnapshot
{
    private readonly SnapshotLoader _loader;
    private readonly ILogger<LiveSnapshot> _logger;
    private readonly Lock _reloading = new();
    // The problems, warnings and 503s the last report logged: each is logged when it first appears.
    private HashSet<string> _logged = new(StringComparer.Ordinal);
    private ContentSnapshot _current = ContentSnapshot.Empty;

    public LiveSnapshot(SnapshotLoader loader, ILogger<LiveSnapshot> logger)
    {
        _loader = loader;
        _logger = logger;
        FolderAtStart = FolderFingerprint.Of(loader.Root);
        Reload();
    }

    /// <summary>The folder as it was just before the first load: an edit saved during or after it differs.</summary>
    public long FolderAtStart { get; }

    public string Root => _loader.Root;

    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Raised after a reload has swapped in a new snapshot.</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>Raised after every load, swapped in or not, with how long reading the folder took.</summary>
    public event Action<LoadTiming>? Loaded;

    /// <summary>The load at start-up, which happens before anyone can subscribe to <see cref="Loaded"/>.</summary>
    public LoadTiming? FirstLoad { get; private set; }

    /// <summary>Loads the content again and swaps it in, unless <paramref name="settled"/> says the files changed while
    /// they were read (then what was read may be half a save, and what readers see stays as it was).</summary>
    /// <returns>False when the load was not swapped in because the files were still changing.</returns>
    public bool Reload(Func<bool>? settled = null)
    {
        ContentSnapshot next;
        lock (_reloading)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                next = _loader.Load(_current);
            }
            catch (Exception e)
            {
                // A reload must never take the site down: keep serving what we have.
                _logger.LogError(e, "Reloading content from {ContentRoot} failed; the last " +
                    "good version stays in service", _loader.Root);
                Finished(new LoadTiming(LoadOutcome.Failed, Stopwatch.GetElapsedTime(started)));
                return true;
            }

            var took = Stopwatch.GetElapsedTime(started);
            if (settled is not null && !settled())
            {
                _logger.LogDebug("Content in {ContentRoot} changed while it was read; it is " +
                    "read again once it is quiet", _loader.Root);
                Finished(new LoadTiming(LoadOutcome.StillChanging, took));
                return false;
            }

            Volatile.Write(ref _current, next);
            Finished(new LoadTiming(LoadOutcome.SwappedIn, took));
            Report(next);
        }

        Changed?.Invoke(next);
        return true;
    }

    private void Finished(LoadTiming timing)
    {
        FirstLoad ??= timing;
        Loaded?.Invoke(timing);
    }

    /// <summary>
    /// Each problem is logged with what readers are really shown because of it: what is logged is what is served. A
    /// problem or warning is logged in full when it first appears, not again on every reload while it stays (an editor
    /// saving often would bury the log in the same lines); each load's line counts them, and check-content and the
    /// editors' box list them all.
    /// </summary>
    private void Report(ContentSnapshot snapshot)
    {
        var before = _logged;
        var now = _logged = new HashSet<string>(StringComparer.Ordinal);

        // Logged when it first appears: a line not in the last load's set.
        bool IsNew(string line) => now.Add(line) && !before.Contains(line);
        foreach (var problem in snapshot.Problems.Where(p => IsNew($"{snapshot.StateOf(p.Path)} {p}")))
        {
            Action<string> log = snapshot.StateOf(problem.Path) switch
            {
                SourceState.Published => p => _logger.LogWarning("Content problem {Problem}; published as it is", p),
                SourceState.LastGoodKept or SourceState.BuiltInKept => p => _logger.LogError(
                    "Content problem {Problem}; the last good version of this file stays in service", p),
                _ => p => _logger.LogError(
                    "Content problem {Problem}; nothing of this file can be shown until it is fixed", p),
            };
            log(problem.ToString());
        }

        foreach (var warning in snapshot.Warnings.Where(w => IsNew($"warning {w}")))
        {
            _logger.LogWarning("Content warning {Problem}", warning.ToString());
        }

        foreach (var url in snapshot.UnavailableUrls.Order(StringComparer.Ordinal).Where(u => IsNew($"503 {u}")))
        {
            _logger.LogError("The page {Url} answers 503 'being updated': its file has problems " +
                "and no good version to show", url);
        }

        if (!snapshot.IsServable || snapshot.PagesByUrl.Count == 0)
        {
            _logger.LogCritical("No content could be loaded from {ContentRoot}: every page " +
                "answers 503 'being updated'", _loader.Root);
            return;
        }

        _logger.LogInformation("Content version {Version} loaded from {ContentRoot}: {PageCount} pages, " +
            "{ProblemCount} problems, " +
            "{WarningCount} warnings (each logged when it first appears; check-content lists them all)",
            snapshot.Version, _loader.Root, snapshot.PagesByUrl.Count, snapshot.Problems.Count,
                snapshot.Warnings.Count);
    }
}
