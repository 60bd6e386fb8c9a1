using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Checks;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Settings.HelpNearYou;
using HumanTraffickingAwareness.Content.Statistics;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that has problems does not stop the
/// others: its last good version from the previous snapshot is kept, and the problems are reported.
/// </summary>
/// <param name="folder">The content folder's files (in tests, an in-memory tree).</param>
/// <param name="folderName">The folder's name, which starts every path in a problem: "content".</param>
public sealed class SnapshotLoader(IFileProvider folder, string folderName)
{
    // Where the site's own static files are (beside the app), for checking links to them.
    private readonly string? _webRoot = SiteAssetsFolder.Find();
    private readonly string _folderName = folderName;

    /// <summary>The content folder on disk, read with the protections of <see cref="GuardedFolder"/>.</summary>
    public SnapshotLoader(string root)
        : this(new GuardedFolder(root), Path.GetFileName(Path.GetFullPath(root))) => Root = Path.GetFullPath(root);

    /// <summary>The content folder's full path on disk (for a folder not on disk, its name).</summary>
    public string Root { get; } = folderName;

    /// <summary>
    /// Today, for the facts due for review and the checked dates that cannot be yet; a test sets the day.
    /// </summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Never throws: a file's fault is its problem, and a fault of the load itself (a bug) keeps what was
    /// shown, or at start-up the hotline this release was built with, and is a problem of the content folder.</summary>
    public ContentSnapshot Load(ContentSnapshot previous)
    {
        LoadContext? load = null;
        try
        {
            load = new LoadContext(folder, _folderName, previous, DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime));
            return Load(load);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            load ??= new LoadContext(new NullFileProvider(), _folderName, previous, default);
            load.Problems.For(load.DisplayPath("")).Add(1, $"the content could not be loaded ({e.GetType().Name}: " +
                $"{e.Message}): please tell a developer; the last good content stays");
            load.Sources.Clear();
            var kept = previous.IsServable ? SourceState.LastGoodKept : SourceState.BuiltInKept;
            load.Sources[load.DisplayPath("")] = kept;
            return KeepingWhatWasLoaded(load);
        }
    }

    /// <summary>The steps of one load, in order: each takes what the ones before returned.</summary>
    private ContentSnapshot Load(LoadContext load)
    {
        if (folder.GetDirectoryContents("") is { Exists: false } top)
        {
            // Gone or unreadable for a moment (a redeploy, a restore, a permissions slip): what was loaded stays; at
            // start-up, the built-in settings still give every "being updated" page the hotline. An unreadable folder
            // is already told as such by its listing.
            if (top is not GuardedFolder.UnreadableFolder)
            {
                load.Problems.For(load.DisplayPath("")).Add(1, "the content folder does not exist");
            }

            if (load.Previous.IsServable)
            {
                load.Sources[load.DisplayPath("")] = SourceState.LastGoodKept;
                return KeepingWhatWasLoaded(load);
            }
        }

        var site = DataFiles.Read(load, SiteSettingsReader.FileName, SiteSettingsReader.Read, s => s.Site,
            requiredFor: "it holds the hotline's numbers and the menu");
        var languages = site is null ? [] : LanguagesStep.Read(load, site);
        if (site is null || languages.Count == 0)
        {
            return KeepingWhatWasLoaded(load);
        }

        var statistics = DataFiles.Read(load, StatisticsReader.FileName, StatisticsReader.Read, s => s.Statistics);
        var codes = languages.Select(l => l.Code).ToList();
        var helpNearYou = DataFiles.Read(load, HelpNearYouReader.FileName,
            (yaml, file) => HelpNearYouReader.Read(yaml, codes, site.Channels.OtherLines, file), s => s.HelpNearYou);
        var (definitions, shortcodes) = DefinitionsStep.Read(load, site, languages, statistics, helpNearYou);
        var pages = PagesStep.Read(load, languages, shortcodes);
        var navigation = NavigationStep.Resolve(load, site, languages, pages.Pages);
        var webRoot = Directory.Exists(_webRoot) ? _webRoot : null;
        new LinkChecker(webRoot, load.Files).Check(pages.AsWritten, pages.Pages, load.PageFileUrls, load.Problems);
        new TranslationCheck(languages, load.DisplayPath)
            .Check(pages.Pages, load.PageFileUrls, definitions, load.Problems);
        var current = TranslationsStep.Check(load, languages, pages.Pages, definitions);
        var facts = FactsStep.Review(load, site, statistics, definitions, pages.AsWritten, helpNearYou);
        return new ContentSnapshot(load.Previous.Version + 1, site, languages, statistics, definitions, current,
            navigation, load.Problems.Problems, load.Problems.Warnings, DateTimeOffset.UtcNow)
        {
            Sources = load.Sources,
            UnavailableUrls = pages.Unavailable,
            // A refused page file (a link out of the folder) is still that page's file, for the editors' problem box.
            PageFiles = load.PageFiles.Concat(load.Files.Refused.Where(UrlPaths.IsPageFile))
                .DistinctBy(load.DisplayPath).ToDictionary(load.DisplayPath, UrlPaths.FromRelativeFile),
            Facts = facts,
            HelpNearYou = helpNearYou,
        };
    }

    /// <summary>The snapshot before, with this load's problems: when site.yml or the default language cannot be had.
    /// When nothing could be shown before either, the site.yml and language this release was built with, and no
    /// pages: every address answers "being updated", with the hotline.</summary>
    private static ContentSnapshot KeepingWhatWasLoaded(LoadContext load)
    {
        var kept = load.Previous with
        {
            Version = load.Previous.Version + 1,
            Problems = load.Problems.Problems,
            Warnings = load.Problems.Warnings,
            LoadedAt = DateTimeOffset.UtcNow,
            Sources = load.Sources,
        };
        if (kept.IsServable || load.BuiltIn(SiteSettingsReader.FileName, SiteSettingsReader.Read) is not { } site)
        {
            return kept;
        }

        var languageFile = $"{LanguageReader.Folder}/{site.Language}.yml";
        return load.BuiltIn(languageFile, (yaml, problems) => LanguageReader.Read(site.Language, yaml, null, problems))
            is { } language ? kept with { Site = site, Languages = [language] } : kept;
    }
}
