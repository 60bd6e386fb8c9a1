using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// One watch on the content folder, through <see cref="PhysicalFileProvider"/> (which honours
/// DOTNET_USE_POLLING_FILE_WATCHER). It knows when it has stopped working: a watch renewed while the folder was
/// missing never reports a change again, even once the folder is back (measured on .NET 10, Linux).
/// </summary>
/// <remarks>
/// A change token does not say which file changed. So there are two: one for pages and data files (<c>*.md</c>,
/// <c>*.yml</c>), which is certainly content, and one for any entry (a picture, a folder, but also an editor's
/// <c>learn.md~</c> or vim's <c>4913</c>), which the watcher only acts on when the folder's fingerprint, which leaves
/// an editor's temporary files out, says something changed.
/// </remarks>
internal sealed class ContentFolderWatch : IDisposable
{
    private readonly string _root;
    private readonly PhysicalFileProvider _files;
    private readonly IDisposable _contentSubscription;
    private readonly IDisposable _anySubscription;
    private volatile bool _lost;

    /// <param name="changed">Called with true when a page or data file changed, false when some other entry did.</param>
    /// <exception cref="DirectoryNotFoundException">The folder is not there (any more).</exception>
    public ContentFolderWatch(string root, Action<bool> changed)
    {
        _root = root;
        _files = new PhysicalFileProvider(root);
        _contentSubscription = ChangeToken.OnChange(() => Renew("**/*.md", "**/*.yml"), () => changed(true));
        _anySubscription = ChangeToken.OnChange(() => Renew("**/*"), () => changed(false));
    }

    /// <summary>True once the folder was missing while the watch was renewed: a new watch is needed.</summary>
    public bool IsLost => _lost;

    public void Dispose()
    {
        _contentSubscription.Dispose();
        _anySubscription.Dispose();
        _files.Dispose();
    }

    private IChangeToken Renew(params string[] filters)
    {
        // Checked on both sides: the folder may vanish or return while the file watcher is being re-enabled.
        var before = Directory.Exists(_root);
        try
        {
            IChangeToken token = filters is [var only] ? _files.Watch(only) : new CompositeChangeToken(filters.Select(_files.Watch).ToList());
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
