using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>The published folder is all an operator needs: it carries the content and the assets.</summary>
[Trait("Suite", "InProcess")]
public sealed class PublishedSiteTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Fact]
    public void The_published_folder_carries_content_and_static_files()
    {
        Assert.True(File.Exists(Path.Combine(site.Output, "content", "site.yml")));
        Assert.True(File.Exists(Path.Combine(site.Output, "content", "learn.md")));
        Assert.True(Directory.EnumerateFiles(Path.Combine(site.Output, "wwwroot"), "site*.css",
            SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task The_published_site_serves_the_learn_page_from_any_working_directory()
    {
        var (response, document) = await Html.GetAsync(site.Client, "/learn");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Learn", document.QuerySelector("h1")!.ReadableText());
        HotlineBanner.AssertOffersTheHotline(document);
    }

    [Fact]
    public async Task The_published_site_serves_fingerprinted_assets_that_only_a_cdn_keeps_for_long()
    {
        var document = await Html.GetPageAsync(site.Client, "/learn");
        var stylesheet = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var response = await site.Client.GetAsync(stylesheet);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        // For a CDN only: browsers keep no copy of anything (Hosting/Caching/CachePolicy.cs).
        Assert.Contains("immutable", response.Headers.GetValues("CDN-Cache-Control").Single());
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task The_published_dll_checks_content_without_starting_the_site()
    {
        var (code, output) = await PublishedSite.RunAsync("dotnet",
            [Path.Combine(site.Output, "HumanTraffickingAwareness.dll"), "check-content"], Path.GetTempPath());

        Assert.True(code == 0, output);
        Assert.Contains("no problems", output);
    }

    [Fact]
    public async Task The_published_site_is_healthy()
    {
        var response = await site.Client.GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_publish_without_skiasharps_native_library_for_this_platform_refuses_to_start_in_one_line()
    {
        // A publish carries SkiaSharp's native library for Linux x64 and arm64 only: on any other platform (or with
        // the library lost) the share images could not be drawn. Here, the library is taken out of a copy.
        var copy = Path.Combine(Path.GetTempPath(), "hta-publish", Guid.NewGuid().ToString("n"));
        CopyFolder(site.Output, copy);
        try
        {
            foreach (var native in Directory.EnumerateFiles(Path.Combine(copy, "runtimes"), "libSkiaSharp*",
                SearchOption.AllDirectories))
            {
                File.Delete(native);
            }

            var (exit, output) = await AppProcess.RunAsync(["--urls", "http://127.0.0.1:5997"], new Dictionary<string,
                string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Site__BaseUrl"] = "https://example.org",
            }, Path.Combine(copy, "HumanTraffickingAwareness.dll"));

            Assert.Equal(1, exit);
            var line = Assert.Single(output.Split('\n',
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("SkiaSharp's native library", line);
            Assert.Contains("SkiaSharpPublishedRuntimes=", line);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task The_published_site_answers_an_unknown_address_with_the_friendly_404()
    {
        var (response, document) = await Html.GetAsync(site.Client, "/nothing-here");

        Assert.Equal(404, (int)response.StatusCode);
        HotlineBanner.AssertOffersTheHotline(document);
    }
}
