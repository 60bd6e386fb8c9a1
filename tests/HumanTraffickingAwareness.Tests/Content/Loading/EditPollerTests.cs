using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>The content folder itself comes and goes (a redeploy, a restore from backup): the site follows without a
/// restart.</summary>
[Trait("Suite", "InProcess")]
public sealed class EditPollerTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public EditPollerTests()
    {
        _site = new SiteFactory(_content.Root);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task An_edit_saved_while_the_site_starts_is_shown_without_another_edit()
    {
        using var content = new TempContent();
        var live = new LiveSnapshot(new SnapshotLoader(content.Root),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LiveSnapshot>.Instance);
        // Saved after the first load, before the poller's first look.
        content.Write("learn.md", content.Read("learn.md") + "\n\nSaved while the site was starting.\n");
        using var poller = new EditPoller(live);
        await poller.StartAsync(TestContext.Current.CancellationToken);

        await Eventually.ReturnsAsync(() => Task.FromResult(live.Current.FindPage("/learn")!.Html),
            html => html.Contains("Saved while the site was starting."), "the edit to be shown", timeoutMs: 10_000);
        await poller.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Edits_show_again_after_the_content_folder_is_deleted_and_restored()
    {
        var client = _site.CreatePlainClient();
        Assert.Contains("Who is Vulnerable?", await client.GetStringAsync("/learn"));

        Directory.Delete(_content.Root, recursive: true);
        await Eventually.ReturnsAsync(() => Task.FromResult(_site.Logs.AsText().ToList()),
            logs => logs.Any(l => l.Contains("the content folder does not exist")), "the missing folder to be noticed");
        CopyRepositoryContent();
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is at Risk?");

        await Eventually.ReturnsAsync(async () => await (await client.GetAsync("/learn")).Content.ReadAsStringAsync(),
            html => html.Contains("id=\"who-is-at-risk\""), "the edit after the restore");
    }

    [Fact]
    public async Task Edits_show_after_a_folder_inside_is_swapped_for_a_link()
    {
        var client = _site.CreatePlainClient();
        Directory.CreateDirectory(_content.PathOf("sub"));
        await Task.Delay(1500);
        var elsewhere = Path.Combine(Path.GetDirectoryName(_content.Root)!, "elsewhere");
        Directory.Move(_content.PathOf("sub"), elsewhere);
        Directory.CreateSymbolicLink(_content.PathOf("sub"), elsewhere);
        await Task.Delay(500);

        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is at Risk?");

        await Eventually.ReturnsAsync(async () => await (await client.GetAsync("/learn")).Content.ReadAsStringAsync(),
            html => html.Contains("id=\"who-is-at-risk\""), "the edit after the swap", timeoutMs: 8000);
    }

    [Fact]
    public async Task While_the_content_folder_is_gone_the_health_check_says_so()
    {
        var client = _site.CreatePlainClient();
        await client.GetAsync("/learn");

        Directory.Delete(_content.Root, recursive: true);

        var health = await Eventually.ReturnsAsync(async () =>
            await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync(),
            body => body.StartsWith("Degraded", StringComparison.Ordinal), "the missing folder in /healthz");
        Assert.Contains("content folder is missing", health);
        Assert.Equal(200, (int)(await client.GetAsync("/learn")).StatusCode);
    }

    [Fact]
    public async Task A_content_folder_missing_at_start_up_is_served_once_it_appears()
    {
        Directory.Delete(_content.Root, recursive: true);
        var client = _site.CreatePlainClient();
        Assert.Equal(503, (int)(await client.GetAsync("/")).StatusCode);

        CopyRepositoryContent();

        await Eventually.ReturnsAsync(() => client.GetAsync("/learn"), r => r.IsSuccessStatusCode,
            "the site to load the folder");
        Assert.Equal(200, (int)(await client.GetAsync("/healthz")).StatusCode);
    }

    private void CopyRepositoryContent()
    {
        foreach (var file in Directory.EnumerateFiles(TempContent.RepositoryContent, "*", SearchOption.AllDirectories))
        {
            var target = _content.PathOf(Path.GetRelativePath(TempContent.RepositoryContent, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
