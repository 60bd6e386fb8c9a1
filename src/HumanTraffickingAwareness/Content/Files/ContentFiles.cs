using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Every file of the content folder that may be published, found once per load. A link (symlink) whose target lies
/// outside the content folder is refused, a folder reached a second time (a link back up, such as <c>ln -s . loop</c>)
/// is not read again, and a folder that cannot be read is one problem: none of these stops the other files.
/// </summary>
public sealed class ContentFiles
{
    private readonly HashSet<string> _files;

    private ContentFiles(string root, HashSet<string> files)
    {
        Root = root;
        _files = files;
    }

    public string Root { get; }

    /// <summary>Paths relative to the content folder, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> All => _files.Order(StringComparer.Ordinal).ToList();

    public bool Contains(string relative) => _files.Contains(relative);

    public string FullPath(string relative) => Path.Combine(Root, relative);

    /// <summary>The files directly in one folder (relative, such as "_languages"), with the given ending.</summary>
    public IEnumerable<string> In(string folder, string extension) =>
        All.Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
            && string.Equals(Path.GetDirectoryName(f)?.Replace('\\', '/') ?? "", folder.TrimEnd('/'), StringComparison.Ordinal));

    public static ContentFiles Scan(string root, Func<string, string> displayPath, List<ContentProblem> problems)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var realRoot = RealPath(root) ?? root;
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Walk(string folder, string relativeFolder)
        {
            var realFolder = RealPath(folder) ?? folder;
            if (!visited.Add(realFolder))
            {
                problems.Add(new ContentProblem(displayPath(relativeFolder), 1, "this folder is a link to a folder that is already read: it is not read twice"));
                return;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ContentProblem(displayPath(relativeFolder), 1, $"this folder could not be read ({e.GetType().Name}): nothing in it is published"));
                return;
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                if (entry.LinkTarget is not null)
                {
                    var target = RealPath(entry.FullName);
                    if (target is null || !IsInside(target, realRoot))
                    {
                        problems.Add(new ContentProblem(displayPath(relative), 1,
                            $"this is a link to {entry.LinkTarget}, outside the content folder: it is not published (copy the file into the content folder instead)"));
                        continue;
                    }
                }

                if (entry is DirectoryInfo)
                {
                    Walk(entry.FullName, relative);
                }
                else
                {
                    files.Add(relative);
                }
            }
        }

        if (Directory.Exists(root))
        {
            Walk(root, "");
        }

        return new ContentFiles(root, files);
    }

    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The path with every link on the way followed; null for a link that leads nowhere or loops.</summary>
    public static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var parent = Path.GetDirectoryName(full);
            var realParent = parent is null ? null : RealPath(parent);
            var here = realParent is null ? full : Path.Combine(realParent, Path.GetFileName(full));
            FileSystemInfo info = Directory.Exists(here) ? new DirectoryInfo(here) : new FileInfo(here);
            if (info.LinkTarget is null)
            {
                return info.Exists ? here : null;
            }

            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            return final is { Exists: true } ? RealPath(final.FullName) : null;
        }
        catch (IOException)
        {
            return null; // Too many levels of links: a loop.
        }
    }
}
