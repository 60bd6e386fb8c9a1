using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// An editor's swap and backup files are not content, and a stream of changes is read a few times, not on every write.
/// Before, vim's swap file, rewritten every 200 ms, made about four reloads a second (requests 0.97 -> 6.2 ms).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Suite", "InProcess")]
public sealed class EditorTemporaryFilesTests : IDisposable
{
    private static readonly string[] Temporary =
    [
        ".learn.md.swp", ".learn.md.swx", "learn.md~", "4913", "upload.tmp", ".hidden.md",
        "#learn.md#", "learn.md.bak", "learn.md.orig",
    ];

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Temporary_files_do_not_change_the_folders_fingerprint()
    {
        var before = FolderFingerprint.Of(_content.Root);

        foreach (var name in Temporary)
        {
            _content.Write(name, "x");
        }

        File.CreateSymbolicLink(_content.PathOf(".#learn.md"), "editor@host.1234:1700000000");
        Assert.Equal(before, FolderFingerprint.Of(_content.Root));
    }

    [Fact]
    public void Temporary_files_in_a_language_folder_written_and_deleted_do_not_change_the_folders_fingerprint()
    {
        // A folder's own time changes with every entry added or removed: vim's 4913 and swap file inside es/ reloaded
        // the site on every save, about twice a second while an editor typed.
        var before = FolderFingerprint.Of(_content.Root);

        foreach (var name in Temporary)
        {
            _content.Write("es/" + name, "x");
        }

        Assert.Equal(before, FolderFingerprint.Of(_content.Root));
        foreach (var name in Temporary)
        {
            File.Delete(_content.PathOf("es/" + name));
        }

        Assert.Equal(before, FolderFingerprint.Of(_content.Root));
    }

    [Fact]
    public void Temporary_files_are_not_content_and_an_emacs_lock_link_is_not_a_problem()
    {
        foreach (var name in Temporary)
        {
            _content.Write(name, "x");
        }

        File.CreateSymbolicLink(_content.PathOf(".#learn.md"), "editor@host.1234:1700000000");

        var snapshot = _content.Load();

        Assert.Empty(snapshot.Problems);
        Assert.Null(snapshot.FindPage("/.hidden"));
    }

    [Fact]
    public async Task An_edit_shows_while_the_editor_keeps_rewriting_its_swap_file_and_the_swap_file_reloads_nothing()
    {
        using var site = new SiteFactory(_content.Root);
        var library = site.Services.GetRequiredService<LiveSnapshot>();
        var reloads = 0;
        library.Changed += _ => Interlocked.Increment(ref reloads);
        var client = site.CreatePlainClient();
        await client.GetAsync("/learn");
        using var editing = new CancellationTokenSource();
        // vim rewrites its swap file as the editor types; before, every load overlapped a rewrite and was thrown away.
        var swap = Task.Run(async () =>
        {
            for (var i = 0; !editing.IsCancellationRequested; i++)
            {
                _content.Write(".learn.md.swp", $"swap {i}");
                _content.Write("learn.md~", $"backup {i}");
                await Task.Delay(50);
            }
        });

        await Task.Delay(1500);
        Assert.Equal(0, reloads);
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is at Risk?");
        try
        {
            await Eventually.ReturnsAsync(() => client.GetStringAsync("/learn"),
                html => html.Contains("id=\"who-is-at-risk\""), "the edit while the swap file changes");
        }
        finally
        {
            await editing.CancelAsync();
            await swap;
        }

        Assert.InRange(reloads, 1, 2);
    }

    [Fact]
    public async Task
        While_saves_keep_coming_every_100_ms_the_content_is_swapped_at_most_twice_a_second_and_the_last_save_shows()
    {
        using var site = new SiteFactory(_content.Root);
        var library = site.Services.GetRequiredService<LiveSnapshot>();
        var reloads = 0;
        library.Changed += _ => Interlocked.Increment(ref reloads);
        var client = site.CreatePlainClient();
        await client.GetAsync("/learn");
        var learn = _content.Read("learn.md");

        var started = DateTime.UtcNow;
        for (var i = 0; i < 30; i++)
        {
            _content.Write("learn.md",
                learn.Replace("## Who is Vulnerable?", $"## Who Is at Risk {i}?", StringComparison.Ordinal));
            await Task.Delay(100);
        }

        var elapsed = DateTime.UtcNow - started;
        await Eventually.ReturnsAsync(() => client.GetStringAsync("/learn"),
            html => html.Contains("id=\"who-is-at-risk-29\""), "the last save");
        Assert.True(reloads <= elapsed.TotalMilliseconds / 500 + 2,
            $"{reloads} reloads in {elapsed.TotalMilliseconds:0} ms");
    }
}
