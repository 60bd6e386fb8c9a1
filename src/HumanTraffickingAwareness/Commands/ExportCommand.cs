using Microsoft.AspNetCore.TestHost;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Export;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Sharing;



namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>export DIR</c>: the whole site as static files for any static host or CDN. The site is started in memory (no
/// port) with the very services and middleware it runs with, and every address it serves is asked for and written
/// into DIR/site: pages as <c>path/index.html</c>, the "not found" pages, sitemap, robots.txt, every static file under
/// its fingerprinted name, .br and .gz beside each text file, and <c>_headers</c> (Netlify, Cloudflare Pages); beside
/// it, outside what a host publishes, the nginx server block (DIR/nginx.conf). Needs <c>Site__BaseUrl</c>. A content
/// problem stops it with the same messages as check-content, and DIR is only replaced once everything is written.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    /// <summary>The folder inside DIR that a static host publishes; the host's own configuration sits beside it.</summary>
    public const string SiteFolder = "site";

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, IDictionary<string, string?>? settings = null)
    {
        if (arguments is not [var folder] || folder.StartsWith('-'))
        {
            output.WriteLine("usage: export DIR   (with Site__BaseUrl set to the public address, such as https://example.org)");
            return 2;
        }

        var target = Path.GetFullPath(folder);
        if (ExportFolder.RefusalFor(target) is { } refusal)
        {
            output.WriteLine($"export: {refusal}");
            return 1;
        }

        await using var site = await StartAsync(settings, output);
        if (site is null)
        {
            return 1;
        }

        var library = site.Services.GetRequiredService<ContentLibrary>();
        var snapshot = library.Current;
        if (snapshot.Problems.Count > 0 || snapshot.PagesByUrl.Count == 0)
        {
            foreach (var problem in snapshot.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine($"export: stopped, nothing written: {snapshot.Problems.Count} content problems to fix first (check-content shows the same)");
            return 1;
        }

        var baseUrl = site.Services.GetRequiredService<PublicUrls>().BaseUrl;
        var client = site.GetTestClient();
        var crawler = new SiteCrawler(client, baseUrl);
        var (files, problems) = await crawler.CrawlAsync(Seeds(snapshot, site.Services.GetRequiredService<IWebHostEnvironment>(), library.Root));
        var missing = await NotFoundPagesAsync(client, snapshot);
        foreach (var problem in problems)
        {
            output.WriteLine($"export: {problem}");
        }

        if (problems.Count > 0 || missing is null)
        {
            output.WriteLine("export: stopped, nothing written");
            return 1;
        }

        var https = baseUrl.Scheme == Uri.UriSchemeHttps;
        var languageFolders = snapshot.Languages.Where(l => !l.IsDefault).Select(l => l.Code).ToList();
        var published = Path.Combine(target, SiteFolder);
        // The site in DIR/site, the nginx block beside it, where no static host serves it. _headers stays in the site's
        // root: Netlify and Cloudflare Pages read it only there, and never serve it.
        IEnumerable<ExportedFile> all = [.. files, .. missing];
        ExportFolder.Write(target, all.Select(f => f with { RelativePath = $"{SiteFolder}/{f.RelativePath}" }), [
            ($"{SiteFolder}/{HostConfiguration.HeadersFile}", HostConfiguration.Headers(https)),
            (HostConfiguration.NginxFile, HostConfiguration.Nginx(published, https, languageFolders)),
        ]);
        output.WriteLine($"export: {files.Count(f => f.RelativePath.EndsWith("index.html", StringComparison.Ordinal))} pages and {files.Count} files in all written to {published} for {baseUrl}; the nginx server block is {Path.Combine(target, HostConfiguration.NginxFile)}");
        return 0;
    }

    private static async Task<WebApplication?> StartAsync(IDictionary<string, string?>? settings, TextWriter output)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            // The site's own name, whoever starts the export (a test host too): its static asset manifest is named so.
            ApplicationName = typeof(ExportCommand).Assembly.GetName().Name,
            // What readers get: no drafts, no editors' boxes.
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Logging:Console"] = "false" });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseTestServer();
        try
        {
            var app = builder.AddWebsite().Build();
            app.UseWebsite();
            await app.StartAsync();
            return app;
        }
        catch (InvalidOperationException e) when (e.Message.Contains(PublicUrls.ConfigurationKey, StringComparison.Ordinal))
        {
            output.WriteLine($"export: {e.Message}");
            return null;
        }
    }

    /// <summary>Where the crawl starts: every published page, the sitemap and robots.txt, every file of wwwroot/ and content/media/.</summary>
    private static IEnumerable<string> Seeds(ContentSnapshot snapshot, IWebHostEnvironment environment, string contentRoot)
    {
        foreach (var page in snapshot.PagesByUrl.Values.Where(p => !p.FrontMatter.Draft).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            yield return page.Url;
        }

        yield return UrlPaths.Sitemap;
        yield return UrlPaths.Robots;
        foreach (var file in FilesOf(environment.WebRootFileProvider, ""))
        {
            yield return file;
        }

        var media = Path.Combine(contentRoot, EditorMedia.Folder);
        if (Directory.Exists(media))
        {
            foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Where(EditorMedia.IsServed).Order(StringComparer.Ordinal))
            {
                yield return EditorMedia.UrlPrefix + Path.GetRelativePath(media, file).Replace('\\', '/');
            }
        }
    }

    private static IEnumerable<string> FilesOf(Microsoft.Extensions.FileProviders.IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder))
        {
            var path = $"{folder}/{entry.Name}";
            if (entry.IsDirectory)
            {
                foreach (var inner in FilesOf(files, path))
                {
                    yield return inner;
                }
            }
            else if (!path.EndsWith(".gz", StringComparison.Ordinal) && !path.EndsWith(".br", StringComparison.Ordinal))
            {
                yield return path;
            }
        }
    }

    /// <summary>Each language's "not found" page: 404.html, and es/404.html for Spanish.</summary>
    private static async Task<List<ExportedFile>?> NotFoundPagesAsync(HttpClient client, ContentSnapshot snapshot)
    {
        var pages = new List<ExportedFile>();
        foreach (var language in snapshot.Languages)
        {
            var home = language.UrlOf("/");
            using var response = await client.GetAsync(home.TrimEnd('/') + "/this-address-is-not-a-page");
            if ((int)response.StatusCode != StatusCodes.Status404NotFound)
            {
                return null;
            }

            var folder = home.Trim('/');
            pages.Add(new ExportedFile(home, folder.Length == 0 ? "404.html" : $"{folder}/404.html",
                response.Content.Headers.ContentType?.ToString() ?? "text/html", await response.Content.ReadAsByteArrayAsync()));
        }

        return pages;
    }
}
