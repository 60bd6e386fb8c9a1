using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Shortcodes;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that has problems does not stop the
/// others: its last good version from the previous snapshot is kept, and the problems are reported.
/// </summary>
public sealed class ContentLoader(string root, string? webRoot = null)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Where linked images and files live: given, or the wwwroot/ beside the content folder.</summary>
    public string WebRoot { get; } = webRoot ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(root)) ?? ".", "wwwroot");

    public ContentSnapshot Load(ContentSnapshot previous)
    {
        var problems = new List<ContentProblem>();
        var warnings = new List<ContentProblem>();
        ContentSnapshot Unservable() =>
            previous with { Version = previous.Version + 1, Problems = problems, Warnings = warnings, LoadedAt = DateTimeOffset.UtcNow };

        if (!Directory.Exists(Root))
        {
            problems.Add(new ContentProblem(DisplayPath(""), 1, "the content folder does not exist"));
            return Unservable();
        }

        var site = ReadSite(problems) ?? previous.Site;
        if (site is null)
        {
            return Unservable();
        }

        var languages = ReadLanguages(site, previous, problems, warnings);
        if (languages.Count == 0)
        {
            return Unservable();
        }

        var statistics = ReadStatistics(problems) ?? previous.Statistics;
        var pageFiles = PageFiles();
        var definitions = new List<Definition>();
        var binders = new Dictionary<string, ShortcodeBinder>();
        foreach (var language in languages)
        {
            var format = new StatisticsFormat(language);
            IShortcodeSource[] dataShortcodes = [new HotlineShortcode(site, language), new StatShortcode(statistics, format), new StatisticsShortcode(statistics, format)];
            var own = ReadDefinitions(language, new ShortcodeBinder(dataShortcodes), previous, problems);
            definitions.AddRange(own);
            binders[language.Code] = new ShortcodeBinder([.. dataShortcodes, new DefinitionsShortcode(own, language)]);
        }

        var asWritten = new List<ContentPage>();
        var pages = ReadPages(pageFiles, languages, binders, previous, asWritten, problems);
        var pageFileUrls = pageFiles.Select(UrlPaths.FromRelativeFile).ToHashSet();
        // A menu entry without a page is reported once, for the default language, not once per language.
        var navigation = languages.ToDictionary(l => l.Code, l => ResolveNavigation(site, l, pages, pageFileUrls, l.IsDefault ? problems : []));
        new LinkChecker(Directory.Exists(WebRoot) ? WebRoot : null).Check(asWritten, pages, pageFileUrls, problems);
        new TranslationCheck(languages, DisplayPath).Check(pages, pageFileUrls, definitions, warnings);
        return new ContentSnapshot(previous.Version + 1, site, languages, statistics, definitions, pages, navigation, problems, warnings, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// The default language first (its file must be sound, or have a last good version), then every other file of
    /// content/_languages/. A broken file keeps its last good version, or stands in with the default language's words.
    /// </summary>
    private List<SiteLanguage> ReadLanguages(SiteSettings site, ContentSnapshot previous, List<ContentProblem> problems, List<ContentProblem> warnings)
    {
        var lastGood = previous.Languages.ToDictionary(l => l.Code);
        var folder = Path.Combine(Root, LanguageReader.Folder);
        SiteLanguage? Read(string code, SiteLanguage? fallback)
        {
            var display = DisplayPath($"{LanguageReader.Folder}/{code}.yml");
            var path = Path.Combine(folder, code + ".yml");
            if (!File.Exists(path))
            {
                problems.Add(new ContentProblem(display, 1,
                    $"this required file is missing: it holds the words of the site's language '{code}' (site.yml, language)"));
                return null;
            }

            var yaml = ContentFileReader.Read(path, display, problems);
            return yaml is null ? null : LanguageReader.Read(code, yaml, display, fallback, problems, warnings);
        }

        var defaultLanguage = Read(site.Language, fallback: null)
            ?? (lastGood.GetValueOrDefault(site.Language) is { IsDefault: true } keptDefault ? keptDefault : null);
        if (defaultLanguage is null)
        {
            return [];
        }

        var languages = new List<SiteLanguage> { defaultLanguage };
        var others = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var code in others.Where(c => c != site.Language))
        {
            var display = DisplayPath($"{LanguageReader.Folder}/{code}.yml");
            if (!LanguageReader.IsLanguageCode(code))
            {
                problems.Add(new ContentProblem(display, 1, "name a language file by its language code in lower case, such as es.yml: the code is also its pages' folder and address (/es)"));
                continue;
            }

            languages.Add(Read(code, defaultLanguage)
                ?? (lastGood.GetValueOrDefault(code) is { IsDefault: false } kept ? kept : LanguageReader.StandIn(code, display, defaultLanguage)));
        }

        return languages;
    }

    private SiteSettings? ReadSite(List<ContentProblem> problems) =>
        ReadDataFile(SiteSettingsReader.FileName, required: true, SiteSettingsReader.Read, problems);

    private HotlineStatistics? ReadStatistics(List<ContentProblem> problems) =>
        ReadDataFile(StatisticsReader.FileName, required: false, StatisticsReader.Read, problems);

    /// <summary>Reads one YAML data file of the content folder's top level with its reader, or reports why not.</summary>
    private T? ReadDataFile<T>(string fileName, bool required, Func<string, string, List<ContentProblem>, T?> read, List<ContentProblem> problems)
        where T : class
    {
        var path = Path.Combine(Root, fileName);
        var display = DisplayPath(fileName);
        if (!File.Exists(path))
        {
            if (required)
            {
                problems.Add(new ContentProblem(display, 1, "this required file is missing"));
            }

            return null;
        }

        var yaml = ContentFileReader.Read(path, display, problems);
        return yaml is null ? null : read(yaml, display, problems);
    }

    private List<string> PageFiles() =>
        Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(Root, full).Replace('\\', '/'))
            .Where(UrlPaths.IsPageFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The definitions of one language: content/_definitions/ for the default language, content/es/_definitions/ for Spanish.</summary>
    private List<Definition> ReadDefinitions(SiteLanguage language, ShortcodeBinder binder, ContentSnapshot previous, List<ContentProblem> problems)
    {
        var relativeFolder = language.FileOf(DefinitionReader.Folder);
        var folder = Path.Combine(Root, relativeFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var lastGood = previous.Definitions.ToDictionary(d => d.SourcePath);
        var definitions = new List<Definition>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var display = DisplayPath($"{relativeFolder}/{name}");
            var id = Path.GetFileNameWithoutExtension(name);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                problems.Add(new ContentProblem(display, 1, "name definition files in lower-case letters, digits and dashes: the name is the definition's link, such as sex-trafficking.md"));
                continue;
            }

            var markdown = ContentFileReader.Read(file, display, problems);
            var definition = markdown is null ? null : DefinitionReader.Read(id, markdown, display, language, binder, problems);
            if ((definition ?? lastGood.GetValueOrDefault(display)) is { } kept)
            {
                definitions.Add(kept);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }

    /// <param name="asWritten">Every page as parsed this time, also those rejected for a problem: their links are
    /// checked too, so an editor learns of every problem of a file at once.</param>
    private Dictionary<string, ContentPage> ReadPages(List<string> files, List<SiteLanguage> languages, Dictionary<string, ShortcodeBinder> binders, ContentSnapshot previous, List<ContentPage> asWritten, List<ContentProblem> problems)
    {
        var lastGood = previous.PagesByUrl.Values.ToDictionary(p => p.SourcePath);
        var pages = new Dictionary<string, ContentPage>(StringComparer.Ordinal);

        foreach (var relative in files)
        {
            var display = DisplayPath(relative);
            var url = UrlPaths.FromRelativeFile(relative);
            var language = languages.FirstOrDefault(l => l.Owns(url)) ?? languages[0];
            var (written, valid) = ReadPage(relative, display, url, language, binders[language.Code], problems);
            if (written is not null)
            {
                asWritten.Add(written);
            }

            var page = valid ? written : lastGood.GetValueOrDefault(display);
            if (page is null)
            {
                continue;
            }

            if (!pages.TryAdd(url, page))
            {
                problems.Add(new ContentProblem(display, 1, $"this page has the same address {url} as {pages[url].SourcePath}: rename one of them"));
            }
        }

        return pages;
    }

    /// <returns>The page as written (null when even its front matter could not be read), and whether it is sound.</returns>
    private (ContentPage? Page, bool Valid) ReadPage(string relative, string display, string url, SiteLanguage language, ShortcodeBinder binder, List<ContentProblem> problems)
    {
        var fullPath = Path.Combine(Root, relative);
        var markdown = ContentFileReader.Read(fullPath, display, problems);
        if (markdown is null)
        {
            return (null, false);
        }

        var parsed = MarkdownPageParser.Parse(markdown, display, binder, language.Text);
        problems.AddRange(parsed.Problems);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, display, language.Code, parsed.FrontMatter, parsed.Rendered,
            new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));
        return (page, parsed.IsValid);
    }

    /// <summary>
    /// site.yml's menu in one language: each entry leads to that language's page, labelled as the language file's
    /// menu says or with the page's title. A page not translated yet keeps its place: its address explains and links
    /// to the languages that have it.
    /// </summary>
    /// <param name="pageUrls">Every page file's address, including files that failed (they have their own problems).</param>
    private IReadOnlyList<NavigationLink> ResolveNavigation(SiteSettings site, SiteLanguage language, Dictionary<string, ContentPage> pages, HashSet<string> pageUrls, List<ContentProblem> problems)
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

            var url = language.UrlOf(neutral);
            var page = pages.GetValueOrDefault(url) ?? original;
            if (!page.FrontMatter.Draft)
            {
                links.Add(link with { Url = url, Label = language.Menu.GetValueOrDefault(neutral) ?? page.Title });
            }
        }

        return links;
    }

    /// <summary>The path an editor recognises: the content folder's own name, then the file's path inside it.</summary>
    private string DisplayPath(string relative) =>
        string.IsNullOrEmpty(relative) ? Path.GetFileName(Root) : $"{Path.GetFileName(Root)}/{relative}";
}
