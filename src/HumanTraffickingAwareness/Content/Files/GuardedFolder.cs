using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// The content folder on disk, as an <see cref="IFileProvider"/> that keeps editors' mistakes from reaching the site.
/// A link (symlink) whose target lies outside the folder is listed as a <see cref="RefusedEntry"/>, and so is a link to
/// a folder inside it (that folder is read under its own name: <c>ln -s . loop</c> would never end); a folder that
/// cannot be read is an <see cref="UnreadableFolder"/>. Its files are read with <see cref="TextFileReader"/>, which
/// opens a named pipe or device without waiting.
/// </summary>
public sealed class GuardedFolder(string root) : IFileProvider
{
    public string Root { get; } = Path.GetFullPath(root);

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var folder = new DirectoryInfo(FullPath(subpath));
        if (!folder.Exists || !IsInsideRoot(folder.FullName))
        {
            return NotFoundDirectoryContents.Singleton;
        }

        try
        {
            return new FolderContents(folder.EnumerateFileSystemInfos().Select(Entry).ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UnreadableFolder($"this folder could not be read ({e.GetType().Name}): " +
                "nothing in it is published");
        }
    }

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = new FileInfo(FullPath(subpath));
        return file.Exists && IsInsideRoot(file.FullName) ? new PhysicalFileInfo(file) : new NotFoundFileInfo(subpath);
    }

    /// <summary>Not watched through here: <c>Loading/EditPoller</c> looks at the folder, and also notices it being
    /// swapped for a link, which a file provider's change tokens do not.</summary>
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private IFileInfo Entry(FileSystemInfo entry)
    {
        if (entry.LinkTarget is { } target)
        {
            if (!IsInsideRoot(entry.FullName))
            {
                return new RefusedEntry(entry.Name,
                    $"this is a link to {target}, outside the content folder: it is not published (copy the file " +
                        "into the content folder instead)");
            }

            if (entry is DirectoryInfo)
            {
                return new RefusedEntry(entry.Name, "this folder is a link to a folder that is already " +
                    "read: it is not read twice");
            }
        }

        return entry is DirectoryInfo folder ? new PhysicalDirectoryInfo(folder)
            : new PhysicalFileInfo((FileInfo)entry);
    }

    private string RealRoot => RealPath(Root) ?? Root;

    private bool IsInsideRoot(string path) => RealPath(path) is { } real && IsInside(real, RealRoot);

    private string FullPath(string subpath) => Path.GetFullPath(Path.Combine(Root, subpath.TrimStart('/')));

    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar)
            + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every link on the way followed; null for a link that leads nowhere or loops.</summary>
    public static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var here = Path.GetDirectoryName(full) is { } parent && RealPath(parent) is { } realParent
                ? Path.Combine(realParent, Path.GetFileName(full)) : full;
            FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
            return info.LinkTarget is null ? (info.Exists ? here : null)
                : info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } final ? RealPath(final.FullName)
                : null;
        }
        catch (IOException)
        {
            return null; // Too many levels of links: a loop.
        }
    }

    /// <summary>An entry of a folder that is not read, and why (a problem an editor can act on).</summary>
    public sealed class RefusedEntry(string name, string problem) : NotFoundFileInfo(name)
    {
        public string Problem { get; } = problem;
    }

    /// <summary>A folder that exists but could not be listed, and why.</summary>
    public sealed class UnreadableFolder(string problem) : NotFoundDirectoryContents
    {
        public string Problem { get; } = problem;
    }

    private sealed class FolderContents(List<IFileInfo> entries) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() => entries.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
