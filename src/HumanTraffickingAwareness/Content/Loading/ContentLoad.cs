using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// One load of the content folder, in the steps <see cref="ContentLoader.Load"/> takes (each in its own file): the
/// files found, the snapshot before, and what this load found wrong and decided to show of each file.
/// </summary>
internal sealed partial class ContentLoad
{
    private readonly string _folderName;
    private readonly ContentSnapshot _previous;
    private readonly Dictionary<string, SourceState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unavailable = new(StringComparer.Ordinal);

    public ContentLoad(IFileProvider folder, string folderName, ContentSnapshot previous)
    {
        Folder = folder;
        _folderName = folderName;
        _previous = previous;
        Files = ContentFiles.Scan(folder, DisplayPath, Problems);
        // A refused link or an unreadable folder: nothing of it is shown.
        foreach (var refused in Files.Refused)
        {
            _states[DisplayPath(refused)] = SourceState.NotShown;
        }

        PageFiles = Files.All.Where(UrlPaths.IsPageFile).ToList();
        PageFileUrls = PageFiles.Select(UrlPaths.FromRelativeFile).ToHashSet();
    }

    public IFileProvider Folder { get; }

    /// <summary>The day of this load, in UTC: facts checked longer ago than site.yml allows are due for review.</summary>
    public DateOnly Today { get; init; }

    public LoadProblems Problems { get; } = new();

    public ContentFiles Files { get; }

    public IReadOnlyList<string> PageFiles { get; }

    /// <summary>Every page file's address, including files that failed (they have their own problems).</summary>
    public HashSet<string> PageFileUrls { get; }

    /// <summary>Whether the folder is there; when it is not, a problem says so.</summary>
    public bool FolderExists()
    {
        if (Folder.GetDirectoryContents("").Exists)
        {
            return true;
        }

        // Gone for a moment (a redeploy, a restore): what was loaded stays; at start-up, the built-in settings
        // still give every "being updated" page the hotline.
        Problems.For(DisplayPath("")).Add(1, "the content folder does not exist");
        if (_previous.IsServable)
        {
            _states[DisplayPath("")] = SourceState.LastGoodKept;
        }

        return false;
    }

    /// <summary>The snapshot before, with this load's problems: when site.yml or the default language cannot be had.</summary>
    public ContentSnapshot KeepingWhatWasLoaded() =>
        _previous with { Version = _previous.Version + 1, Problems = Problems.Problems, Warnings = Problems.Warnings, LoadedAt = DateTimeOffset.UtcNow, Sources = _states };

    public ContentSnapshot Snapshot(SiteSettings site, List<SiteLanguage> languages, HotlineStatistics? statistics, List<Definition> definitions,
        Dictionary<string, ContentPage> pages, Dictionary<string, IReadOnlyList<NavigationLink>> navigation) =>
        new(_previous.Version + 1, site, languages, statistics, definitions, pages, navigation, Problems.Problems, Problems.Warnings, DateTimeOffset.UtcNow)
        {
            Sources = _states,
            UnavailableUrls = _unavailable,
            PageFiles = PageFilesByPath(),
        };

    // A refused page file (a link out of the folder) is still that page's file, for the editors' problem box.
    private Dictionary<string, string> PageFilesByPath()
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relative in PageFiles.Concat(Files.Refused.Where(UrlPaths.IsPageFile)))
        {
            byPath.TryAdd(DisplayPath(relative), UrlPaths.FromRelativeFile(relative));
        }

        return byPath;
    }

    /// <summary>The path an editor recognises: the content folder's own name, then the file's path inside it.</summary>
    public string DisplayPath(string relative) =>
        string.IsNullOrEmpty(relative) ? _folderName : $"{_folderName}/{relative}";

    /// <summary>The text of a file the site cannot do without, or a problem saying it is missing and what it is for.</summary>
    private string? ReadRequired(string relative, string purpose, FileProblems problems)
    {
        if (!Files.Contains(relative))
        {
            problems.Add(1, $"this required file is missing: {purpose}");
            return null;
        }

        return Files.Read(relative, problems);
    }
}
