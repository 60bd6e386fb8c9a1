namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// A cheap summary of the content folder (every entry's name, kind, size, time and link target), compared once a
/// second as a safety net under the file watcher: file events go missing in real life (a folder swapped for a link,
/// an event queue overflow, some volume mounts), and then no edit would reach readers until a restart.
/// </summary>
internal static class ContentFolderFingerprint
{
    public static long Of(string root)
    {
        var hash = new HashCode();
        void Walk(DirectoryInfo folder, int depth)
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash.Add(folder.FullName);
                return;
            }

            foreach (var entry in entries)
            {
                hash.Add(entry.Name);
                hash.Add(entry.LinkTarget);
                hash.Add(entry.LastWriteTimeUtc.Ticks);
                if (entry is FileInfo file)
                {
                    hash.Add(file.Length);
                }
                else if (entry is DirectoryInfo inner && entry.LinkTarget is null && depth < 32)
                {
                    Walk(inner, depth + 1);
                }
            }
        }

        if (Directory.Exists(root))
        {
            Walk(new DirectoryInfo(root), 0);
        }

        return hash.ToHashCode();
    }
}
