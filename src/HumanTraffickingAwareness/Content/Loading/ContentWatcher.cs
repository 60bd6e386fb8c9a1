using Microsoft.Extensions.Hosting;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reloads the content when a file in the content folder changes. Changes are gathered for a short quiet period first,
/// so that an editor's save (often several writes) is read once, complete. Set DOTNET_USE_POLLING_FILE_WATCHER=1
/// where file events do not arrive (some container volume mounts).
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
    private static readonly TimeSpan FolderCheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Timer? _debounce;
    private Timer? _folderCheck;
    private ContentFolderWatch? _watch;
    private bool _stopped;
    private long _fingerprint;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _debounce = new Timer(_ => Reload());
        lock (_gate)
        {
            _watch = TryWatch();
            _fingerprint = ContentFolderFingerprint.Of(library.Root);
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
                ScheduleReload();
            }
        }
    }

    /// <summary>
    /// The fingerprint is taken as the reload reads the folder, so the once-a-second check only acts on a change no
    /// event reported, not a second time on every edit the watcher already saw. A load takes a while: when the folder
    /// changed while it was read (an editor saving again, a file caught between two writes), what was read may be half
    /// a save, so it is not shown; the next quiet period reads it again.
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

            before = _fingerprint = ContentFolderFingerprint.Of(library.Root);
        }

        if (!library.Reload(settled: () => ContentFolderFingerprint.Of(library.Root) == before))
        {
            ScheduleReload();
        }
    }

    private ContentFolderWatch? TryWatch()
    {
        try
        {
            return Directory.Exists(library.Root) ? new ContentFolderWatch(library.Root, ScheduleReload) : null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private void ScheduleReload()
    {
        try
        {
            _debounce?.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // A file event that arrives while the site stops: nothing left to reload.
        }
    }
}
