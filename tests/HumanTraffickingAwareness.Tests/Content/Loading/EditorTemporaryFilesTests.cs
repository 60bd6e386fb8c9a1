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
    private static readonly string[] Temporary = [".learn.md.swp", ".learn.md.swx", "learn.md~", "4913", "upload.tmp", ".hidden.md"];

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Temporary_files_do_not_change_the_folders_fingerprint()
    {
        var before = ContentFolderFingerprint.Of(_content.Root);

        foreach (var name in Temporary)
        {
            _content.Write(name, "x");
        }

        File.CreateSymbolicLink(_content.PathOf(".#learn.md"), "editor@host.1234:1700000000");
        Assert.Equal(before, ContentFolderFingerprint.Of(_content.Root));
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
    public async Task A_swap_file_rewritten_every_200_ms_reloads_nothing()
    {
        using var site = new SiteFactory(_content.Root);
        var library = site.Services.GetRequiredService<ContentLibrary>();
        var reloads = 0;
        library.Changed += _ => Interlocked.Increment(ref reloads);
        await site.CreatePlainClient().GetAsync("/learn");

        for (var i = 0; i < 12; i++)
        {
            _content.Write(".learn.md.swp", $"swap {i}");
            _content.Write("learn.md~", $"backup {i}");
            await Task.Delay(200);
        }

        Assert.Equal(0, reloads);
    }

    [Fact]
    public async Task A_file_saved_every_200_ms_is_read_at_most_twice_a_second_and_its_last_version_shows()
    {
        using var site = new SiteFactory(_content.Root);
        var library = site.Services.GetRequiredService<ContentLibrary>();
        var reloads = 0;
        library.Changed += _ => Interlocked.Increment(ref reloads);
        var client = site.CreatePlainClient();
        await client.GetAsync("/learn");
        var learn = _content.Read("learn.md");

        var started = DateTime.UtcNow;
        for (var i = 0; i < 15; i++)
        {
            _content.Write("learn.md", learn.Replace("## Who is Vulnerable?", $"## Who Is at Risk {i}?", StringComparison.Ordinal));
            await Task.Delay(200);
        }

        var elapsed = DateTime.UtcNow - started;
        await Eventually.ReturnsAsync(() => client.GetStringAsync("/learn"), html => html.Contains("id=\"who-is-at-risk-14\""), "the last save");
        // At most one reload every 500 ms while the saves came, and one for the last.
        Assert.True(reloads <= elapsed.TotalMilliseconds / 500 + 2, $"{reloads} reloads in {elapsed.TotalMilliseconds:0} ms");
    }
}
