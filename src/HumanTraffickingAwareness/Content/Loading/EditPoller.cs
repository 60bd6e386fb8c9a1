using Microsoft.Extensions.Hosting;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reloads the content after an edit: the one mechanism that notices them, on a laptop and in a container alike. It
/// looks at the folder's <see cref="FolderFingerprint"/> every second; once a change has been quiet for a moment (an
/// editor's save is often several writes), the content is read again, and shown only when the folder did not change
/// while it was read. A stream of saves is read at most every <see cref="LongestWait"/>, the last save always. An
/// editor's temporary files (<see cref="EditorTemporaryFiles"/>) are not in the fingerprint: they reload nothing.
/// </summary>
/// <remarks>
/// A poll of our own, not file events or PhysicalFileProvider's polling (DOTNET_USE_POLLING_FILE_WATCHER): that one
/// cannot watch a folder missing at start-up, polls at a fixed 4 s, and counts editors' swap files as edits; file
/// events do not cross some volume mounts, stop for good when the folder is deleted, and miss a folder swapped for a
/// link (EditPollerTests, EditorTemporaryFilesTests). A look at the repository's content (87 entries) took 12 ms on
/// a 2-core machine under heavy load: the same look the site already made every second beside the file watcher.
/// </remarks>
public sealed class EditPoller(LiveSnapshot live) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);
    // The quiet period is waited for again after each change, but no longer than this, so that a steady stream of
    // changes (an editor's autosave, a sync tool) cannot hold back an edit for ever.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The folder as the content readers are shown was read (before the first load: an edit saved while the site
        // started shows); as the last look saw it; since when it differs.
        var loaded = live.FolderAtStart;
        var seen = loaded;
        long? changedSince = null;
        var wait = Interval;
        // One look at a time: the next is due a wait after the end of this one.
        while (true)
        {
            await Task.Delay(wait, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return; // The site is stopping: nothing left to reload.
            }

            var now = FolderFingerprint.Of(live.Root);
            var quiet = now == seen;
            seen = now;
            if (now == loaded)
            {
                (changedSince, wait) = (null, Interval);
                continue;
            }

            changedSince ??= Environment.TickCount64;
            if (!quiet && Environment.TickCount64 - changedSince < (long)LongestWait.TotalMilliseconds)
            {
                wait = QuietPeriod;
                continue;
            }

            // Read while it changes, what was read may be half a save: it is not shown, and read again once quiet.
            changedSince = null;
            var shown = live.Reload(settled: () => FolderFingerprint.Of(live.Root) == now);
            (loaded, wait) = shown ? (now, Interval) : (loaded, QuietPeriod);
        }
    }
}
