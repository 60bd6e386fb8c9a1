namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// A cheap summary of the content folder (every entry's name, kind, size, time and link target), compared every
/// second to notice an edit (Loading/EditPoller). An editor's temporary files (<see cref="EditorTemporaryFiles"/>)
/// are left out: they are not content, and change all the time.
/// </summary>
internal static class FolderFingerprint
{
    public static long Of(string root)
    {
        var hash = new HashCode();
        void Walk(DirectoryInfo folder, int depth)
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos().Where(e => !EditorTemporaryFiles.Is(e.Name))
                    .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                hash.Add(folder.FullName);
                return;
            }

            foreach (var entry in entries)
            {
                hash.Add(entry.Name);
                var described = Describe(entry);
                hash.Add(described);
                if (described is { LinkTarget: null } && entry is DirectoryInfo inner && depth < 32)
                {
                    Walk(inner, depth + 1);
                }
            }
        }

        // A missing folder cannot be listed either: its fingerprint is its path, until it comes back.
        Walk(new DirectoryInfo(root), 0);

        return hash.ToHashCode();
    }

    /// <summary>
    /// An entry's link target, time and size; null when it went between the listing and this look (a save that
    /// replaces the file, a deleted page, a sync), which then counts as a change. This runs on a timer: an exception
    /// here used to end the whole process (a file deleted at the wrong moment took the site down, seen in CI).
    /// </summary>
    internal static (string? LinkTarget, long Written, long Length)? Describe(FileSystemInfo entry)
    {
        try
        {
            // Not a folder's own time: it changes whenever an entry is added or removed, also an editor's swap file, so
            // every temporary file in a language folder reloaded the site. The folder's entries are walked instead.
            var written = entry is DirectoryInfo ? 0 : entry.LastWriteTimeUtc.Ticks;
            return (entry.LinkTarget, written, entry is FileInfo file ? file.Length : -1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
