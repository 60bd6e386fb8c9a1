using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Export;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Sharing;



namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>export DIR</c>: the whole site as static files for any static host or CDN. The site is started on a loopback
/// port of the system's choosing (127.0.0.1:0) with the very server, services and middleware it runs with, and every
/// address it serves is asked for and written into DIR/site: pages as <c>path/index.html</c>, the "not found" pages,
/// sitemap, robots.txt, every static file under its fingerprinted name, .br and .gz beside each text file, the "read it
/// in English" page at each address of a page not translated, and <c>_headers</c> and <c>_redirects</c> (Netlify,
/// Cloudflare Pages); beside it, outside what a host publishes, the nginx server block (DIR/nginx.conf). Needs
/// <c>Site__BaseUrl</c>. A content problem stops it with the same messages as check-content, and DIR is only replaced
/// once everything is written.
/// </summary>
public static class ExportCommand
{
    /// <summary>
    /// The folder inside DIR that a static host publishes; the host's own configuration sits beside it.
    /// </summary>
    public const string SiteFolder = "site";

    public const string Name = "export";

    public static async Task<int> RunAsync(
        string[] arguments, TextWriter output, IDictionary<string, string?>? settings = null)
    {
        if (arguments is not [var folder] || folder.StartsWith('-'))
        {
            output.WriteLine("usage: export DIR   (with Site__BaseUrl set to the public address, " +
                "such as https://example.org)");
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

        var live = site.Services.GetRequiredService<LiveSnapshot>();
        var snapshot = live.Current;
        if (snapshot.Problems.Count > 0 || snapshot.PagesByUrl.Count == 0)
        {
            foreach (var problem in snapshot.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine($"export: stopped, nothing written: {snapshot.Problems.Count} content problems to fix " +
                "first (check-content shows the same)");
            return 1;
        }

        var baseUrl = site.Services.GetRequiredService<PublicUrls>().BaseUrl;
        var https = baseUrl.Scheme == Uri.UriSchemeHttps;
        var languageFolders = snapshot.Languages.Where(l => !l.IsDefault).Select(l => l.Code).ToList();
        var seeds = Seeds(snapshot, site.Services.GetRequiredService<IWebHostEnvironment>(), live.Root);
        var published = Path.Combine(target, SiteFolder);
        SiteCrawler? crawler = null;
        var written = await ExportFolder.WriteAsync(target, async staging =>
        {
            // The site in DIR/site, the nginx block beside it, where no static host serves it. _headers and _redirects
            // stay in the site's root: Netlify and Cloudflare Pages read them only there, and never serve them.
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri(site.Urls.First()),
            };
            crawler = new SiteCrawler(client, baseUrl, Path.Combine(staging, SiteFolder));
            var problems = await crawler.CrawlAsync(seeds);
            foreach (var problem in problems)
            {
                output.WriteLine($"export: {problem}");
            }

            var untranslated = await NotFoundPagesAsync(crawler, snapshot);
            if (problems.Count > 0 || untranslated is null)
            {
                return false;
            }

            ExportFolder.SaveText(staging, $"{SiteFolder}/{HostConfiguration.HeadersFile}",
                HostConfiguration.Headers(https, crawler.Files));
            ExportFolder.SaveText(staging, $"{SiteFolder}/{HostConfiguration.RedirectsFile}",
                HostConfiguration.Redirects(untranslated));
            ExportFolder.SaveText(staging, HostConfiguration.NginxFile,
                HostConfiguration.Nginx(published, https, languageFolders, crawler.Files, untranslated));
            return true;
        });
        if (!written)
        {
            output.WriteLine("export: stopped, nothing written");
            return 1;
        }

        var files = crawler!.Files;
        var pages = files.Count(f => f.IsPage && f.CdnCacheControl is not null);
        output.WriteLine($"export: {pages} pages and {files.Count} files in all written to " +
            $"{published} for {baseUrl}; " +
            $"the nginx server block is {Path.Combine(target, HostConfiguration.NginxFile)}");
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
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:Console"] = "false",
            // From a build (dotnet run) rather than a publish, the framework would send its fingerprinted files with
            // no-cache, for a developer's edits; an export is for readers, and those files never change.
            ["EnableStaticAssetsDevelopmentCaching"] = "true",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        try
        {
            builder.AddWebsite();
            // Only here, on the loopback address: never the site's configured addresses (--urls, ASPNETCORE_URLS,
            // Metrics__Port), which a running copy of the site may hold.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            var app = builder.Build();
            app.UseWebsite();
            await app.StartAsync();
            return app;
        }
        catch (InvalidOperationException e) when (
            e.Message.Contains(PublicUrls.ConfigurationKey, StringComparison.Ordinal))
        {
            output.WriteLine($"export: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Where the crawl starts: every published page, the sitemap and robots.txt, every file of wwwroot/ and
    /// content/media/.
    /// </summary>
    private static IEnumerable<string> Seeds(
        ContentSnapshot snapshot, IWebHostEnvironment environment, string contentRoot)
    {
        foreach (var page in snapshot.PagesByUrl.Values.Where(p => !p.FrontMatter.Draft)
            .OrderBy(p => p.Url, StringComparer.Ordinal))
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
            foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories)
                .Where(EditorMedia.IsServed).Order(StringComparer.Ordinal))
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

    /// <summary>
    /// Each language's "not found" page (404.html, and es/404.html for Spanish), and the server's "read it in English"
    /// page at each address of a page in a language it is not written in (de/learn/index.html): a static host serves
    /// that as it is, and the host configuration gives it the 404 status where the host allows.
    /// </summary>
    /// <returns>The addresses of the pages not translated, or null when the site did not answer 404 for one.</returns>
    private static async Task<List<string>?> NotFoundPagesAsync(SiteCrawler crawler, ContentSnapshot snapshot)
    {
        foreach (var language in snapshot.Languages)
        {
            var home = language.UrlOf("/");
            var folder = home.Trim('/');
            var (_, page) = await crawler.SaveAsync(home.TrimEnd('/') + "/this-address-is-not-a-page",
                StatusCodes.Status404NotFound, folder.Length == 0 ? "404.html" : $"{folder}/404.html");
            if (page is null)
            {
                return null;
            }
        }

        var untranslated = snapshot.PagesByUrl.Values.Where(p => !p.FrontMatter.Draft)
            .SelectMany(p => snapshot.VersionsOf(p.Url)).Where(v => v.Page is null).Select(v => v.Url)
            .Where(HostConfiguration.IsPlain)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var url in untranslated)
        {
            if ((await crawler.SaveAsync(url, StatusCodes.Status404NotFound)).File is null)
            {
                return null;
            }
        }

        return untranslated;
    }
}
