using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// What every step of one load reads from: the files found, the snapshot before (for last good versions), the day;
/// and where what a step finds of each file goes: its problems, and what readers are shown of it. Each step
/// (<c>*Step.cs</c>) takes it and values, and returns values.
/// </summary>
internal sealed class LoadContext
{
    private readonly string _folderName;

    public LoadContext(IFileProvider folder, string folderName, ContentSnapshot previous, DateOnly today)
    {
        _folderName = folderName;
        Previous = previous;
        Today = today;
        Files = FolderListing.Scan(folder, DisplayPath, Problems);
        PageFiles = Files.All.Where(UrlPaths.IsPageFile).ToList();
        PageFileUrls = PageFiles.Select(UrlPaths.FromRelativeFile).ToHashSet();
        // A refused link or an unreadable folder: nothing of it is shown.
        foreach (var relative in Files.Refused)
        {
            Sources[DisplayPath(relative)] = SourceState.NotShown;
        }
    }

    public ContentSnapshot Previous { get; }

    /// <summary>The day of this load, in UTC: facts checked longer ago than site.yml allows are due for
    /// review.</summary>
    public DateOnly Today { get; }

    /// <summary>Every problem and warning of this load, in the order found.</summary>
    public LoadProblems Problems { get; } = new();

    /// <summary>What readers are shown of each file (see <see cref="LastGood"/>): a later decision about a file (a
    /// page that lost its address to another) is the one that counts.</summary>
    public Dictionary<string, SourceState> Sources { get; } = new(StringComparer.Ordinal);

    public FolderListing Files { get; }

    public IReadOnlyList<string> PageFiles { get; }

    /// <summary>Every page file's address, including files that failed (they have their own problems).</summary>
    public HashSet<string> PageFileUrls { get; }

    /// <summary>The path an editor recognises: the content folder's own name, then the file's path inside it.</summary>
    public string DisplayPath(string relative) =>
        string.IsNullOrEmpty(relative) ? _folderName : $"{_folderName}/{relative}";

    /// <summary>A collector for the problems of one reading of one file, adding to this load's.</summary>
    public FileProblems ProblemsOf(string relative) => Problems.For(DisplayPath(relative));

    /// <summary>One file's text, read with <paramref name="read"/>; null with a problem saying why it could not be
    /// (set <paramref name="requiredFor"/> for a file the site cannot do without: it says what the file is
    /// for).</summary>
    public T? Read<T>(string relative, FileProblems file, Func<string, T?> read, string? requiredFor = null)
    {
        if (requiredFor is not null && !Files.Contains(relative))
        {
            file.Add(1, $"this required file is missing: {requiredFor}");
            return default;
        }

        return Guarded(file, problems => Files.Read(relative, problems) is { } text ? read(text) : default);
    }

    /// <summary>A file's last good text, read again with today's numbers and words. Its problems are dropped: the
    /// editors are told of the file as it is now.</summary>
    public static T? ReadAgain<T>(string path, Func<FileProblems, T?> read) => Guarded(new FileProblems(path), read);

    /// <summary>A file as this release was built with it (site.yml, the default language), read with
    /// <paramref name="read"/>; its problems are not the editors' to fix, and are dropped (its warnings too, unless
    /// <paramref name="warnings"/>: the default language's untranslated texts are this load's).</summary>
    public T? BuiltIn<T>(string relative, Func<string, FileProblems, T?> read, bool warnings = false)
    {
        var path = DisplayPath(relative);
        return Guarded(warnings ? Problems.WarningsOnly(path) : new FileProblems(path),
            problems => BuiltInContent.Read(relative) is { } text ? read(text, problems) : default);
    }

    /// <summary>
    /// Reads one file with <paramref name="read"/>: what no file, however broken, may do is take the others down. An
    /// exception is a problem of that file, at its line when the exception knows it, and gives null.
    /// </summary>
    private static T? Guarded<T>(FileProblems file, Func<FileProblems, T?> read)
    {
        try
        {
            return read(file);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            file.Add(LineOf(e), $"this file could not be read ({e.GetType().Name}: {e.Message}): please tell a " +
                "developer, and meanwhile change what you changed last");
            return default;
        }
    }

    // YamlDotNet knows where it stopped; other readers do not say.
    private static int LineOf(Exception e) =>
        e is YamlDotNet.Core.YamlException yaml ? Math.Max((int)yaml.Start.Line, 1) : 1;
}
