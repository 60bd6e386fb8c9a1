using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Export;

/// <summary>Where and how the export writes: through a link, and a large file without holding it.</summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
[Collection(ExportMemory.Name)]
public sealed class ExportFolderTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly string _work = Path.Combine(Path.GetTempPath(), "hta-export", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    private async Task<(int Code, string Output)> ExportAsync(string target)
    {
        var output = new StringWriter();
        var code = await ExportCommand.RunAsync([target], output, ExportedSite.Settings(_content.Root));
        return (code, output.ToString());
    }

    [Fact]
    public async Task Exporting_to_a_symbolic_link_keeps_the_link_and_fills_the_folder_it_leads_to()
    {
        var real = Path.Combine(_work, "releases", "current");
        var link = Path.Combine(_work, "public");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(link, real);

        Assert.Equal(0, (await ExportAsync(link)).Code);
        _content.Replace("index.md", "You can help.", "You can help today.");
        var (code, output) = await ExportAsync(link);

        Assert.Equal(0, code);
        Assert.Equal(real, new DirectoryInfo(link).LinkTarget);
        Assert.Contains("You can help today.",
            File.ReadAllText(Path.Combine(real, ExportCommand.SiteFolder, "index.html")));
        Assert.Contains($"root {Path.Combine(link, ExportCommand.SiteFolder)};",
            File.ReadAllText(Path.Combine(real, "nginx.conf")));
        Assert.Equal(["current"],
            Directory.GetFileSystemEntries(Path.GetDirectoryName(real)!).Select(Path.GetFileName));
        Assert.Contains(link, output);
    }

    [Fact]
    public async Task A_large_media_file_is_copied_through_without_being_held_in_memory()
    {
        const long size = 200L * 1024 * 1024;
        var video = _content.PathOf("media/briefing.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(video)!);
        using (var file = File.Create(video))
        {
            // Sparse: costs the disk nothing while being written.
            file.SetLength(size);
            file.Write("%PDF-1.7\n"u8);
        }

        var target = Path.Combine(_work, "public");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (code, output) = await ExportAsync(target);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(code == 0, output);
        Assert.Equal(size,
            new FileInfo(Path.Combine(target, ExportCommand.SiteFolder, "media", "briefing.pdf")).Length);
        Assert.True(allocated < size / 2,
            $"the export allocated {allocated / 1024 / 1024} MB for a {size / 1024 / 1024} MB file");
    }
}

/// <summary>
/// Tests that count the process's allocations run alone, after the others: a parallel test's allocations would count.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemory
{
    public const string Name = "Export memory, alone";
}

/// <summary>What a careless editor's file name does to the host configuration the export writes.</summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
public sealed class HostConfigurationTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "hta-nginx", Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Fact]
    public void A_page_named_with_a_dollar_or_quote_still_leaves_an_nginx_block_that_nginx_accepts()
    {
        const string odd = "/cost-$5 \"x\"";
        HumanTraffickingAwareness.Export.ExportedFile[] files =
        [
            new("/learn", "learn/index.html", "text/html; charset=utf-8", "max-age=60", IsDocument: true),
            new(odd, "cost-$5 \"x\"/index.html", "text/html; charset=utf-8", "max-age=60", IsDocument: true),
            new("/css/site.css", "css/site.css", "text/css", "max-age=60", IsDocument: false),
        ];
        Directory.CreateDirectory(_work);
        var server = HumanTraffickingAwareness.Export.HostConfiguration.Nginx(_work, https: true, ["es"], files,
            ["/es" + odd, "/es/learn"]);
        File.WriteAllText(Path.Combine(_work, "server.conf"), server);
        File.WriteAllText(Path.Combine(_work, "main.conf"), $$"""
            pid {{_work}}/nginx.pid;
            error_log {{_work}}/error.log;
            events { }
            http { include {{_work}}/server.conf; }
            """);

        var nginx = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(
            File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx",
                ["-t", "-q", "-c", Path.Combine(_work, "main.conf")])
        {
            RedirectStandardError = true,
        })!;
        var errors = nginx.StandardError.ReadToEnd();
        nginx.WaitForExit();

        Assert.True(nginx.ExitCode == 0, errors);
        Assert.Contains("\"~*^/learn/?$\" /learn;", server);
        Assert.DoesNotContain("$5", server);
    }
}
