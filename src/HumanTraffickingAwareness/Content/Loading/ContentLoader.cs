using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Checks;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that has problems does not stop the
/// others: its last good version from the previous snapshot is kept, and the problems are reported.
/// </summary>
public sealed class ContentLoader
{
    private readonly IFileProvider _folder;
    private readonly string _folderName;

    /// <summary>The content folder on disk, read with the protections of <see cref="ContentFolder"/>.</summary>
    public ContentLoader(string root, string? webRoot = null)
        : this(new ContentFolder(root), Path.GetFileName(Path.GetFullPath(root)), webRoot)
    {
        Root = Path.GetFullPath(root);
    }

    /// <param name="folder">The content folder's files (in tests, an in-memory tree).</param>
    /// <param name="folderName">The folder's name, which starts every path in a problem: "content".</param>
    public ContentLoader(IFileProvider folder, string folderName, string? webRoot = null)
    {
        _folder = folder;
        _folderName = folderName;
        Root = folderName;
        WebRoot = webRoot ?? SiteAssetsFolder.Find();
    }

    /// <summary>The content folder's full path on disk (for a folder not on disk, its name).</summary>
    public string Root { get; }

    /// <summary>Where the site's own static files are (given, or found beside the app), for checking links to them.</summary>
    public string? WebRoot { get; }

    /// <summary>Today, for the facts due for review and the checked dates that cannot be yet; a test sets the day.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Never throws: a file's fault is its problem, and a fault of the load itself (a bug) keeps what was
    /// shown, or at start-up the hotline this release was built with, and is a problem of the content folder.</summary>
    public ContentSnapshot Load(ContentSnapshot previous)
    {
        ContentLoad? load = null;
        try
        {
            load = new ContentLoad(_folder, _folderName, previous) { Today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime) };
            return Load(load, previous);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (load ?? new ContentLoad(new NullFileProvider(), _folderName, previous)).AfterFailure(e);
        }
    }

    private ContentSnapshot Load(ContentLoad load, ContentSnapshot previous)
    {
        if (!load.FolderExists() && previous.IsServable)
        {
            return load.KeepingWhatWasLoaded();
        }

        var site = load.ReadSiteSettings();
        if (site is null)
        {
            return load.KeepingWhatWasLoaded();
        }

        var languages = load.ReadLanguages(site);
        if (languages.Count == 0)
        {
            return load.KeepingWhatWasLoaded();
        }

        var statistics = load.ReadStatistics();
        var helpNearYou = load.ReadHelpNearYou(site, languages);
        var (definitions, shortcodes) = load.ReadDefinitions(site, languages, statistics, helpNearYou);
        var (pages, asWritten) = load.ReadPages(languages, shortcodes);
        var navigation = load.ResolveNavigation(site, languages, pages);
        new LinkChecker(WebRoot is not null && Directory.Exists(WebRoot) ? WebRoot : null, load.Files).Check(asWritten, pages, load.PageFileUrls, load.Problems);
        new TranslationCheck(languages, load.DisplayPath).Check(pages, load.PageFileUrls, definitions, load.Problems);
        var current = load.CheckTranslationsAreCurrent(languages, pages, definitions);
        var facts = load.ReviewFacts(site, statistics, definitions, asWritten, helpNearYou);
        return load.Snapshot(site, languages, statistics, definitions, current, navigation) with { Facts = facts, HelpNearYou = helpNearYou };
    }
}
