using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// One watch on the content folder, through <see cref="PhysicalFileProvider"/> (which honours
/// DOTNET_USE_POLLING_FILE_WATCHER). It knows when it has stopped working: a watch renewed while the folder was
/// missing never reports a change again, even once the folder is back (measured on .NET 10, Linux).
/// </summary>
internal sealed class ContentFolderWatch : IDisposable
{
    private readonly string _root;
    private readonly PhysicalFileProvider _files;
    private readonly IDisposable _subscription;
    private volatile bool _lost;

    /// <exception cref="DirectoryNotFoundException">The folder is not there (any more).</exception>
    public ContentFolderWatch(string root, Action changed)
    {
        _root = root;
        _files = new PhysicalFileProvider(root);
        _subscription = ChangeToken.OnChange(Renew, changed);
    }

    /// <summary>True once the folder was missing while the watch was renewed: a new watch is needed.</summary>
    public bool IsLost => _lost;

    public void Dispose()
    {
        _subscription.Dispose();
        _files.Dispose();
    }

    private IChangeToken Renew()
    {
        // Checked on both sides: the folder may vanish or return while the file watcher is being re-enabled.
        var before = Directory.Exists(_root);
        try
        {
            var token = _files.Watch("**/*");
            _lost |= !before || !Directory.Exists(_root);
            return token;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _lost = true;
            return NullChangeToken.Singleton;
        }
    }
}
