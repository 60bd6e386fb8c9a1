using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Primitives;

namespace HumanTraffickingAwareness.Content;

/// <summary>
/// Reloads the content when a file in the content folder changes. Changes are gathered for a short quiet period first,
/// so that an editor's save (often several writes) is read once, complete. Set DOTNET_USE_POLLING_FILE_WATCHER=1
/// where file events do not arrive (some container volume mounts).
/// </summary>
public sealed class ContentWatcher(ContentLibrary library) : IHostedService, IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(150);

    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;
    private Timer? _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(library.Root))
        {
            return Task.CompletedTask;
        }

        _debounce = new Timer(_ => library.Reload());
        _files = new PhysicalFileProvider(library.Root);
        _subscription = ChangeToken.OnChange(() => _files.Watch("**/*"), () => _debounce.Change(QuietPeriod, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
        _debounce?.Dispose();
        _files?.Dispose();
    }
}
