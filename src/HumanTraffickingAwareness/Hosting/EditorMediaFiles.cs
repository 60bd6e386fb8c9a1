using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Serves content/media/ at /media/ with the framework's static file middleware (type, ETag, Last-Modified, ranges):
/// only the kinds of file in <see cref="EditorMedia"/>, never a folder listing, never a file whose real path is
/// outside the folder. The folder is looked up on each request, so it may appear, vanish or be replaced at any time.
/// </summary>
public sealed class EditorMediaFiles(string contentRoot) : IFileProvider
{
    private readonly string _folder = Path.Combine(contentRoot, EditorMedia.Folder);

    public IFileInfo GetFileInfo(string subpath)
    {
        using var files = Directory.Exists(_folder) && EditorMedia.IsServed(subpath)
            ? new PhysicalFileProvider(_folder) : null;
        if (files?.GetFileInfo(subpath) is not { Exists: true, PhysicalPath: { } path })
        {
            return new NotFoundFileInfo(subpath);
        }

        // Every link on the way is followed (a linked folder too), and the file served is the one really there: its own
        // length, not the link's. Anything whose real path is outside the folder is not found, and so is an empty file
        // (a named pipe or device looks empty, and opening one would wait forever).
        var real = GuardedFolder.RealPath(path);
        var folder = GuardedFolder.RealPath(_folder);
        return real is not null && folder is not null && GuardedFolder.IsInside(real, folder)
            && new FileInfo(real) is { Length: > 0 } file
            ? new Microsoft.Extensions.FileProviders.Physical.PhysicalFileInfo(file)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
}
