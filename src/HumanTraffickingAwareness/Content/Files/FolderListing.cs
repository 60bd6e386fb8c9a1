using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Every file of the content folder that may be published, found once per load. What the folder refuses to list (a
/// <see cref="GuardedFolder.RefusedEntry"/>, an <see cref="GuardedFolder.UnreadableFolder"/>) is one problem each,
/// and none of these stops the other files. An editor's temporary files (<see cref="EditorTemporaryFiles"/>)
/// are not content and are passed over.
/// </summary>
public sealed class FolderListing(IFileProvider folder, HashSet<string> files, IReadOnlyList<string> refused)
{
    /// <summary>Paths relative to the content folder, with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> All => files.Order(StringComparer.Ordinal).ToList();

    /// <summary>Links and folders that were not read (each is one problem), relative to the content folder.</summary>
    public IReadOnlyList<string> Refused => refused;

    public bool Contains(string relative) => files.Contains(relative);

    /// <summary>The text of one of the files, or null with a problem saying why it could not be read.</summary>
    public string? Read(string relative, FileProblems problems) => TextFileReader.Read(folder, relative, problems);

    /// <summary>The files directly in one folder (relative, such as "_languages"), with the given ending.</summary>
    public IEnumerable<string> In(string folder, string extension) =>
        All.Where(f => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase)
            && (Path.GetDirectoryName(f)?.Replace('\\', '/') ?? "") == folder.TrimEnd('/'));

    /// <param name="displayPath">The path an editor knows of a relative one, for the problems.</param>
    public static FolderListing Scan(IFileProvider folder, Func<string, string> displayPath, LoadProblems problems)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var refused = new List<string>();
        void Refuse(string relative, string problem)
        {
            problems.For(displayPath(relative)).Add(1, problem);
            refused.Add(relative);
        }

        void Walk(string relativeFolder)
        {
            var contents = folder.GetDirectoryContents(relativeFolder);
            if (contents is GuardedFolder.UnreadableFolder unreadable)
            {
                Refuse(relativeFolder, unreadable.Problem);
                return;
            }

            foreach (var entry in contents.Where(e => !EditorTemporaryFiles.Is(e.Name))
                .OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var relative = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                if (entry is GuardedFolder.RefusedEntry refusedEntry)
                {
                    Refuse(relative, refusedEntry.Problem);
                }
                else if (entry.IsDirectory)
                {
                    Walk(relative);
                }
                else if (entry.Exists)
                {
                    files.Add(relative);
                }
            }
        }

        Walk("");
        return new FolderListing(folder, files, refused);
    }
}
