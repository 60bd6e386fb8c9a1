using HumanTraffickingAwareness.Content.Checks;
using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that has problems does not stop the
/// others: its last good version from the previous snapshot is kept, and the problems are reported.
/// </summary>
public sealed class ContentLoader(string root, string? webRoot = null)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Where the site's own static files are (given, or found beside the app), for checking links to them.</summary>
    public string? WebRoot { get; } = webRoot ?? SiteAssetsFolder.Find();

    public ContentSnapshot Load(ContentSnapshot previous)
    {
        var problems = new List<ContentProblem>();
        var warnings = new List<ContentProblem>();
        var states = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        ContentSnapshot Unservable() =>
            previous with { Version = previous.Version + 1, Problems = problems, Warnings = warnings, LoadedAt = DateTimeOffset.UtcNow, Sources = states };

        if (!Directory.Exists(Root))
        {
            // Gone for a moment (a redeploy, a restore): what was loaded stays; at start-up, the built-in settings
            // still give every "being updated" page the hotline.
            problems.Add(new ContentProblem(DisplayPath(""), 1, "the content folder does not exist"));
            if (previous.IsServable)
            {
                states[DisplayPath("")] = SourceState.LastGoodKept;
                return Unservable();
            }
        }

        var scanned = problems.Count;
        var files = ContentFiles.Scan(Root, DisplayPath, problems);
        // A refused link or an unreadable folder: nothing of it is shown.
        foreach (var refused in problems.Skip(scanned))
        {
            states[refused.Path] = SourceState.NotShown;
        }

        var site = ReadSite(files, previous, states, problems);
        if (site is null)
        {
            return Unservable();
        }

        var languages = ReadLanguages(files, site, previous, states, problems, warnings);
        if (languages.Count == 0)
        {
            return Unservable();
        }

        var statistics = ReadStatistics(files, previous, states, problems);
        var pageFiles = files.All.Where(UrlPaths.IsPageFile).ToList();
        var definitions = new List<Definition>();
        var binders = new Dictionary<string, ShortcodeBinder>();
        foreach (var language in languages)
        {
            var format = new StatisticsFormat(language);
            IShortcodeSource[] dataShortcodes = [new HotlineShortcode(site, language, TemplateRenderer.Site), new StatShortcode(statistics, format, TemplateRenderer.Site), new StatisticsShortcode(statistics, format, TemplateRenderer.Site)];
            var own = ReadDefinitions(files, language, new ShortcodeBinder(dataShortcodes), previous, states, problems);
            definitions.AddRange(own);
            binders[language.Code] = new ShortcodeBinder([.. dataShortcodes, new DefinitionsShortcode(own, language, TemplateRenderer.Site)]);
        }

        var asWritten = new List<ContentPage>();
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        var pages = ReadPages(files, pageFiles, languages, binders, previous, asWritten, states, unavailable, problems);
        var pageFileUrls = pageFiles.Select(UrlPaths.FromRelativeFile).ToHashSet();
        // A menu entry without a page is reported once, for the default language, not once per language.
        var navigation = languages.ToDictionary(l => l.Code, l => ResolveNavigation(site, l, languages[0], pages, pageFileUrls, l.IsDefault ? problems : []));
        new LinkChecker(WebRoot is not null && Directory.Exists(WebRoot) ? WebRoot : null, files).Check(asWritten, pages, pageFileUrls, problems);
        new TranslationCheck(languages, DisplayPath).Check(pages, pageFileUrls, definitions, warnings);
        return new ContentSnapshot(previous.Version + 1, site, languages, statistics, definitions, pages, navigation, problems, warnings, DateTimeOffset.UtcNow)
        {
            Sources = states,
            UnavailableUrls = unavailable,
        };
    }

    /// <summary>
    /// The default language first (its file must be sound, or have a last good version), then every other file of
    /// content/_languages/. A broken file keeps its last good version, or stands in with the default language's words.
    /// </summary>
    private List<SiteLanguage> ReadLanguages(ContentFiles files, SiteSettings site, ContentSnapshot previous, Dictionary<string, SourceState> states, List<ContentProblem> problems, List<ContentProblem> warnings)
    {
        var lastGood = previous.Languages.ToDictionary(l => l.Code);
        SiteLanguage? Read(string code, SiteLanguage? fallback, string? yaml, string display)
        {
            if (yaml is null)
            {
                return null;
            }

            var before = problems.Count;
            var language = LanguageReader.Read(code, yaml, display, fallback, problems, warnings);
            states[display] = language is null || problems.Count > before ? SourceState.LastGoodKept : SourceState.Published;
            return language;
        }

        var defaultRelative = $"{LanguageReader.Folder}/{site.Language}.yml";
        var defaultDisplay = DisplayPath(defaultRelative);
        var defaultLanguage = Read(site.Language, fallback: null, ReadRequired(files, defaultRelative,
                $"it holds the words of the site's language '{site.Language}' (site.yml, language)", problems), defaultDisplay)
            ?? (lastGood.GetValueOrDefault(site.Language) is { IsDefault: true } keptDefault ? keptDefault : null)
            ?? BuiltInLanguage(site.Language, defaultDisplay, warnings);
        if (defaultLanguage is null)
        {
            states[defaultDisplay] = SourceState.NotShown;
            return [];
        }

        var languages = new List<SiteLanguage> { defaultLanguage };
        var others = files.In(LanguageReader.Folder, ".yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();
        foreach (var code in others.Where(c => c != site.Language))
        {
            var relative = $"{LanguageReader.Folder}/{code}.yml";
            var display = DisplayPath(relative);
            if (!LanguageReader.IsLanguageCode(code))
            {
                problems.Add(new ContentProblem(display, 1, "name a language file by its language code in lower case, such as es.yml: the code is also its pages' folder and address (/es)"));
                states[display] = SourceState.NotShown;
                continue;
            }

            languages.Add(Read(code, defaultLanguage, ContentFileReader.Read(files.FullPath(relative), display, problems), display)
                ?? (lastGood.GetValueOrDefault(code) is { IsDefault: false } kept ? kept : LanguageReader.StandIn(code, display, defaultLanguage)));
        }

        return languages;
    }

    /// <summary>The default language's words as this release was built, when the folder's own file has never been good.</summary>
    private static SiteLanguage? BuiltInLanguage(string code, string display, List<ContentProblem> warnings)
    {
        var yaml = BuiltInContent.Read($"{LanguageReader.Folder}/{code}.yml");
        return yaml is null ? null : LanguageReader.Read(code, yaml, display, null, [], warnings);
    }

    /// <summary>
    /// site.yml: the folder's own, or its last good version, or, when it has never been good since start-up, the one
    /// this release was built with, so that the hotline is always there to show.
    /// </summary>
    private SiteSettings? ReadSite(ContentFiles files, ContentSnapshot previous, Dictionary<string, SourceState> states, List<ContentProblem> problems)
    {
        var display = DisplayPath(SiteSettingsReader.FileName);
        var yaml = ReadRequired(files, SiteSettingsReader.FileName, "it holds the hotline's numbers and the menu", problems);
        var before = problems.Count;
        var site = yaml is null ? null : SiteSettingsReader.Read(yaml, display, problems);
        if (site is not null && problems.Count == before)
        {
            states[display] = SourceState.Published;
            return site;
        }

        states[display] = SourceState.LastGoodKept;
        return previous.Site ?? (BuiltInContent.Read(SiteSettingsReader.FileName) is { } builtIn ? SiteSettingsReader.Read(builtIn, display, []) : null);
    }

    private HotlineStatistics? ReadStatistics(ContentFiles files, ContentSnapshot previous, Dictionary<string, SourceState> states, List<ContentProblem> problems)
    {
        if (!files.Contains(StatisticsReader.FileName))
        {
            return null;
        }

        var display = DisplayPath(StatisticsReader.FileName);
        var yaml = ContentFileReader.Read(files.FullPath(StatisticsReader.FileName), display, problems);
        var statistics = yaml is null ? null : StatisticsReader.Read(yaml, display, problems);
        states[display] = statistics is not null ? SourceState.Published : previous.Statistics is not null ? SourceState.LastGoodKept : SourceState.NotShown;
        return statistics ?? previous.Statistics;
    }

    /// <summary>The text of a file the site cannot do without, or a problem saying it is missing and what it is for.</summary>
    private string? ReadRequired(ContentFiles files, string relative, string purpose, List<ContentProblem> problems)
    {
        var display = DisplayPath(relative);
        if (!files.Contains(relative))
        {
            problems.Add(new ContentProblem(display, 1, $"this required file is missing: {purpose}"));
            return null;
        }

        return ContentFileReader.Read(files.FullPath(relative), display, problems);
    }

    /// <summary>The definitions of one language: content/_definitions/ for the default language, content/es/_definitions/ for Spanish.</summary>
    private List<Definition> ReadDefinitions(ContentFiles files, SiteLanguage language, ShortcodeBinder binder, ContentSnapshot previous, Dictionary<string, SourceState> states, List<ContentProblem> problems)
    {
        var relativeFolder = language.FileOf(DefinitionReader.Folder);
        var lastGood = previous.Definitions.ToDictionary(d => d.SourcePath);
        var definitions = new List<Definition>();
        foreach (var relative in files.In(relativeFolder, ".md"))
        {
            var name = Path.GetFileName(relative);
            if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var display = DisplayPath(relative);
            var id = Path.GetFileNameWithoutExtension(name);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                problems.Add(new ContentProblem(display, 1, "name definition files in lower-case letters, digits and dashes: the name is the definition's link, such as sex-trafficking.md"));
                states[display] = SourceState.NotShown;
                continue;
            }

            var markdown = ContentFileReader.Read(files.FullPath(relative), display, problems);
            var definition = markdown is null ? null : DefinitionReader.Read(id, markdown, display, language, binder, problems);
            // The last good text, rendered again with today's numbers and words: never yesterday's rendering.
            var kept = definition is null && lastGood.GetValueOrDefault(display) is { } good
                ? DefinitionReader.Read(id, good.SourceText, display, language, binder, [])
                : null;
            states[display] = definition is not null ? SourceState.Published : kept is not null ? SourceState.LastGoodKept : SourceState.NotShown;
            if ((definition ?? kept) is { } shown)
            {
                definitions.Add(shown);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }

    /// <param name="asWritten">Every page as parsed this time, also those rejected for a problem: their links are
    /// checked too, so an editor learns of every problem of a file at once.</param>
    /// <param name="unavailable">Gets the address of every page file with no good version to show.</param>
    private Dictionary<string, ContentPage> ReadPages(ContentFiles files, List<string> pageFiles, List<SiteLanguage> languages, Dictionary<string, ShortcodeBinder> binders,
        ContentSnapshot previous, List<ContentPage> asWritten, Dictionary<string, SourceState> states, HashSet<string> unavailable, List<ContentProblem> problems)
    {
        var lastGood = previous.PagesByUrl.Values.ToDictionary(p => p.SourcePath);
        var pages = new Dictionary<string, ContentPage>(StringComparer.Ordinal);

        foreach (var relative in pageFiles)
        {
            var display = DisplayPath(relative);
            var url = UrlPaths.FromRelativeFile(relative);
            var language = languages.FirstOrDefault(l => l.Owns(url)) ?? languages[0];
            var fullPath = files.FullPath(relative);
            var markdown = ContentFileReader.Read(fullPath, display, problems);
            var (written, valid) = markdown is null ? (null, false) : ReadPage(markdown, fullPath, display, url, language, binders[language.Code], problems);
            if (written is not null)
            {
                asWritten.Add(written);
            }

            // The last good text, rendered again with today's numbers and words: a page can never show a stale number.
            var kept = !valid && lastGood.GetValueOrDefault(display) is { } good
                ? ReadPage(good.SourceText, fullPath, display, url, language, binders[language.Code], []) is (var again, true) ? again : null
                : null;
            var page = valid ? written : kept;
            states[display] = valid ? SourceState.Published : kept is not null ? SourceState.LastGoodKept : SourceState.NotShown;
            if (page is null)
            {
                unavailable.Add(url);
                continue;
            }

            if (!pages.TryAdd(url, page))
            {
                problems.Add(new ContentProblem(display, 1, $"this page has the same address {url} as {pages[url].SourcePath}: rename one of them"));
                states[display] = SourceState.NotShown;
            }
        }

        return pages;
    }

    /// <returns>The page as written (null when even its front matter could not be read), and whether it is sound.</returns>
    private static (ContentPage? Page, bool Valid) ReadPage(string markdown, string fullPath, string display, string url, SiteLanguage language, ShortcodeBinder binder, List<ContentProblem> problems)
    {
        var parsed = MarkdownPageParser.Parse(markdown, display, binder, language.Text);
        problems.AddRange(parsed.Problems);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, display, language.Code, parsed.FrontMatter, parsed.Rendered, LastWrite(fullPath)) { SourceText = markdown };
        return (page, parsed.IsValid);
    }

    private static DateTimeOffset LastWrite(string fullPath)
    {
        try
        {
            return new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DateTimeOffset.UtcNow;
        }
    }

    /// <summary>
    /// site.yml's menu in one language: each entry leads to that language's page, labelled as the language file's
    /// menu says or with the page's title. A page not translated yet keeps its place: its address explains and links
    /// to the languages that have it.
    /// </summary>
    /// <param name="pageUrls">Every page file's address, including files that failed (they have their own problems).</param>
    private IReadOnlyList<NavigationLink> ResolveNavigation(SiteSettings site, SiteLanguage language, SiteLanguage defaultLanguage, Dictionary<string, ContentPage> pages, HashSet<string> pageUrls, List<ContentProblem> problems)
    {
        var links = new List<NavigationLink>();
        foreach (var link in site.Navigation)
        {
            var neutral = UrlPaths.Normalize(link.Url);
            if (!pages.TryGetValue(neutral, out var original))
            {
                if (!pageUrls.Contains(neutral))
                {
                    problems.Add(new ContentProblem(DisplayPath(SiteSettingsReader.FileName), Math.Max(link.SourceLine, 1),
                        $"the navigation links to {link.Url}, but there is no such page"));
                }

                continue;
            }

            // A language with only some pages: its home entry leads to its first page, another entry to the page in
            // the default language, marked as such; never to a "not translated yet" page.
            var translated = pages.GetValueOrDefault(language.UrlOf(neutral)) is { FrontMatter.Draft: false } own ? own
                : neutral == "/" ? ContentSnapshot.FirstPageOf(language, pages.Values)
                : null;
            var page = translated ?? original;
            if (!page.FrontMatter.Draft)
            {
                links.Add(link with
                {
                    Url = page.Url,
                    Label = language.Menu.GetValueOrDefault(neutral) ?? page.Title,
                    ShownIn = translated is null && !language.IsDefault ? defaultLanguage : null,
                });
            }
        }

        return links;
    }

    /// <summary>The path an editor recognises: the content folder's own name, then the file's path inside it.</summary>
    private string DisplayPath(string relative) =>
        string.IsNullOrEmpty(relative) ? Path.GetFileName(Root) : $"{Path.GetFileName(Root)}/{relative}";
}
