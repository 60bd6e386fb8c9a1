using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Shortcodes;
using HumanTraffickingAwareness.Content.Statistics;
using System.Globalization;

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
        if (!Directory.Exists(Root))
        {
            problems.Add(new ContentProblem(DisplayPath(""), 1, "the content folder does not exist"));
            return previous with { Version = previous.Version + 1, Problems = problems, LoadedAt = DateTimeOffset.UtcNow };
        }

        var site = ReadSite(problems) ?? previous.Site;
        if (site is null)
        {
            return previous with { Version = previous.Version + 1, Problems = problems, LoadedAt = DateTimeOffset.UtcNow };
        }

        var statistics = ReadStatistics(problems) ?? previous.Statistics;
        var format = new StatisticsFormat(CultureInfo.GetCultureInfo(site.Language));
        IShortcodeSource[] dataShortcodes = [new HotlineShortcode(site), new StatShortcode(statistics, format), new StatisticsShortcode(statistics, format)];
        var definitions = ReadDefinitions(new ShortcodeBinder(dataShortcodes), previous, problems);

        var pageFiles = PageFiles();
        var asWritten = new List<ContentPage>();
        var pages = ReadPages(pageFiles, site, new ShortcodeBinder([.. dataShortcodes, new DefinitionsShortcode(definitions)]), previous, asWritten, problems);
        var pageFileUrls = pageFiles.Select(UrlPaths.FromRelativeFile).ToHashSet();
        var navigation = ResolveNavigation(site, pages, pageFileUrls, problems);
        new LinkChecker(Directory.Exists(WebRoot) ? WebRoot : null).Check(asWritten, pages, pageFileUrls, problems);
        return new ContentSnapshot(previous.Version + 1, site, statistics, definitions, pages, navigation, problems, DateTimeOffset.UtcNow);
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

    private List<Definition> ReadDefinitions(ShortcodeBinder binder, ContentSnapshot previous, List<ContentProblem> problems)
    {
        var folder = Path.Combine(Root, DefinitionReader.Folder);
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

            var display = DisplayPath($"{DefinitionReader.Folder}/{name}");
            var id = Path.GetFileNameWithoutExtension(name);
            if (!id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                problems.Add(new ContentProblem(display, 1, "name definition files in lower-case letters, digits and dashes: the name is the definition's link, such as sex-trafficking.md"));
                continue;
            }

            var markdown = ContentFileReader.Read(file, display, problems);
            var definition = markdown is null ? null : DefinitionReader.Read(id, markdown, display, binder, problems);
            if ((definition ?? lastGood.GetValueOrDefault(display)) is { } kept)
            {
                definitions.Add(kept);
            }
        }

        return definitions.OrderBy(d => d.Weight).ThenBy(d => d.Term, StringComparer.Ordinal).ToList();
    }

    /// <param name="asWritten">Every page as parsed this time, also those rejected for a problem: their links are
    /// checked too, so an editor learns of every problem of a file at once.</param>
    private Dictionary<string, ContentPage> ReadPages(List<string> files, SiteSettings site, ShortcodeBinder binder, ContentSnapshot previous, List<ContentPage> asWritten, List<ContentProblem> problems)
    {
        var lastGood = previous.PagesByUrl.Values.ToDictionary(p => p.SourcePath);
        var pages = new Dictionary<string, ContentPage>(StringComparer.Ordinal);

        foreach (var relative in files)
        {
            var display = DisplayPath(relative);
            var url = UrlPaths.FromRelativeFile(relative);
            var (written, valid) = ReadPage(relative, display, url, site, binder, problems);
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
    private (ContentPage? Page, bool Valid) ReadPage(string relative, string display, string url, SiteSettings site, ShortcodeBinder binder, List<ContentProblem> problems)
    {
        var fullPath = Path.Combine(Root, relative);
        var markdown = ContentFileReader.Read(fullPath, display, problems);
        if (markdown is null)
        {
            return (null, false);
        }

        var parsed = MarkdownPageParser.Parse(markdown, display, binder);
        problems.AddRange(parsed.Problems);
        if (parsed.FrontMatter is null)
        {
            return (null, false);
        }

        var page = new ContentPage(url, display, site.Language, parsed.FrontMatter, parsed.Rendered,
            new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));
        return (page, parsed.IsValid);
    }

    /// <param name="pageUrls">Every page file's address, including files that failed (they have their own problems).</param>
    private List<NavigationLink> ResolveNavigation(SiteSettings site, Dictionary<string, ContentPage> pages, HashSet<string> pageUrls, List<ContentProblem> problems)
    {
        var links = new List<NavigationLink>();
        foreach (var link in site.Navigation)
        {
            if (!pages.TryGetValue(UrlPaths.Normalize(link.Url), out var page))
            {
                if (pageUrls.Contains(UrlPaths.Normalize(link.Url)))
                {
                    continue;
                }

                problems.Add(new ContentProblem(DisplayPath(SiteSettingsReader.FileName), Math.Max(link.SourceLine, 1),
                    $"the navigation links to {link.Url}, but there is no such page"));
                continue;
            }

            if (!page.FrontMatter.Draft)
            {
                links.Add(link with { Url = page.Url, Label = link.Label.Length > 0 ? link.Label : page.Title });
            }
        }

        return links;
    }

    /// <summary>The path an editor recognises: the content folder's own name, then the file's path inside it.</summary>
    private string DisplayPath(string relative) =>
        string.IsNullOrEmpty(relative) ? Path.GetFileName(Root) : $"{Path.GetFileName(Root)}/{relative}";
}
