using Microsoft.Extensions.Hosting;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reloads the content when a file in the content folder changes. Changes are gathered for a short quiet period first,
/// so that an editor's save (often several writes) is read once, complete; while changes keep coming, the content is
/// read at most every <see cref="MinimumInterval"/>, and the last change is always read. An editor's temporary files
/// (swap files, backups: <see cref="EditorTemporaryFiles"/>) are not content, and changing them reloads nothing. Set
/// DOTNET_USE_POLLING_FILE_WATCHER=1 where file events do not arrive (some container volume mounts).
/// </summary>
/// <remarks>
/// File events stop for good when the folder itself is deleted, and there are none for a folder that appears after
/// start-up, and they go missing in other cases too (a folder swapped for a link). So the folder is also looked at
/// every second: when it is back, or first there, or its entries changed without an event, a new watch starts and the
/// content is reloaded, without a restart.
/// </remarks>
public sealed class ContentWatcher(ContentLibrary library) : IHostedService, IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);
    // A file rewritten every 200 ms (an editor's autosave, a sync tool) used to reload the content five times a second.
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(500);
    // The quiet period is waited for again after each change, but no longer than this, so that a steady stream of
    // changes cannot hold back an edit for ever.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan FolderCheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    // Only for when the next reload is due. File events take this one, never _gate: disposing a watch under _gate waits
    // for a file event's callback that is running, and that callback must not be waiting for _gate.
    private readonly Lock _schedule = new();
    private Timer? _debounce;
    private Timer? _folderCheck;
    private ContentFolderWatch? _watch;
    private volatile bool _stopped;
    private long _fingerprint;
    // The fingerprint of the folder as the last load that was shown read it.
    private long _loadedFingerprint;
    // A reload is due: since when (Environment.TickCount64), and whether a page or data file certainly changed.
    private long? _pendingSince;
    private bool _certain;
    private long _lastReloadStart = long.MinValue / 2;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _debounce = new Timer(_ => Reload());
        lock (_gate)
        {
            _watch = TryWatch();
            _fingerprint = _loadedFingerprint = ContentFolderFingerprint.Of(library.Root);
        }

        _folderCheck = new Timer(_ => CheckFolder(), null, FolderCheckInterval, FolderCheckInterval);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            _folderCheck?.Dispose();
            _watch?.Dispose();
            _watch = null;
            _debounce?.Dispose();
        }
    }

    private void CheckFolder()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            var fingerprint = ContentFolderFingerprint.Of(library.Root);
            var missed = fingerprint != _fingerprint;
            _fingerprint = fingerprint;
            if (_watch is { IsLost: false } && Directory.Exists(library.Root) && !missed)
            {
                return;
            }

            var hadWatch = _watch is not null;
            _watch?.Dispose();
            _watch = TryWatch();
            // Gone (the reload reports it and keeps the last good content), or back: read it again.
            if (hadWatch || _watch is not null)
            {
                ScheduleReload(certain: true);
            }
        }
    }

    /// <summary>
    /// The fingerprint is taken as the reload reads the folder, so the once-a-second check only acts on a change no
    /// event reported, not a second time on every edit the watcher already saw. A load takes a while: when the folder
    /// changed while it was read (an editor saving again, a file caught between two writes), what was read may be half
    /// a save, so it is not shown; the next quiet period reads it again. When only something other than a page or data
    /// file was reported (an editor's backup file, say) and the fingerprint is what the last load read, nothing is read.
    /// </summary>
    private void Reload()
    {
        long before;
        lock (_gate)
        {
            if (_stopped)
            {
                return;
            }

            bool certain;
            lock (_schedule)
            {
                certain = _certain;
                (_pendingSince, _certain) = (null, false);
            }

            before = _fingerprint = ContentFolderFingerprint.Of(library.Root);
            if (!certain && before == _loadedFingerprint)
            {
                return;
            }

            lock (_schedule)
            {
                _lastReloadStart = Environment.TickCount64;
            }
        }

        if (!library.Reload(settled: () => ContentFolderFingerprint.Of(library.Root) == before))
        {
            ScheduleReload(certain: true);
            return;
        }

        lock (_gate)
        {
            _loadedFingerprint = before;
        }
    }

    private ContentFolderWatch? TryWatch()
    {
        try
        {
            return Directory.Exists(library.Root) ? new ContentFolderWatch(library.Root, certain => ScheduleReload(certain)) : null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <param name="certain">True when a page or data file changed; false when only some entry of the folder did, which
    /// may be an editor's temporary file.</param>
    private void ScheduleReload(bool certain)
    {
        lock (_schedule)
        {
            if (_stopped)
            {
                return;
            }

            var now = Environment.TickCount64;
            var since = _pendingSince ??= now;
            _certain |= certain;
            var quiet = Math.Min(now + (long)QuietPeriod.TotalMilliseconds, since + (long)LongestWait.TotalMilliseconds);
            var due = Math.Max(quiet, _lastReloadStart + (long)MinimumInterval.TotalMilliseconds);
            try
            {
                _debounce?.Change(TimeSpan.FromMilliseconds(Math.Max(due - now, 0)), Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // A file event that arrives while the site stops: nothing left to reload.
            }
        }
    }
}
