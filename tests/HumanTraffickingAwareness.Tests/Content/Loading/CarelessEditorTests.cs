using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// What an editor can do by mistake to the content folder (break a page and change a number, leave a file
/// unreadable, link in a folder from elsewhere) never shows a stale number, hides the other files or publishes what
/// is not content.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Suite", "InProcess")]
public sealed class CarelessEditorTests : IDisposable
{
    // What the loader makes of broken text is tested on a copy in memory; links, permissions and pipes on disk (a
    // copy made only when asked for).
    private readonly InMemoryContent _memory = new();
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    [Fact]
    public void A_broken_page_keeps_its_last_good_text_but_shows_todays_hotline_number()
    {
        var first = _memory.Load();
        _memory.Replace("learn.md", "title: Learn", "title: [broken");
        _memory.Replace("site.yml", "phone: 1-888-373-7888", "phone: 1-888-555-0100");
        _memory.Replace("site.yml", "phone_dial: \"+18883737888\"", "phone_dial: \"+18885550100\"");

        var second = _memory.Load(first);

        var learn = second.FindPage("/learn")!;
        Assert.Contains("1-888-555-0100", learn.Html);
        Assert.DoesNotContain("373-7888", learn.Html);
        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/learn.md"));
    }

    [Fact]
    public void A_broken_definition_keeps_its_last_good_text_rendered_again()
    {
        var first = _memory.Load();
        var definition = first.Definitions.First(d => d.SourcePath == "content/_definitions/sex-trafficking.md");
        _memory.Replace("_definitions/sex-trafficking.md", "term:", "trem:");

        var second = _memory.Load(first);

        var kept = second.Definitions.Single(d => d.SourcePath == definition.SourcePath);
        Assert.Equal(definition.Html, kept.Html);
        Assert.Equal(SourceState.LastGoodKept, second.StateOf(definition.SourcePath));
    }

    [Fact]
    public void A_deleted_or_unreadable_language_file_is_told_as_kept_from_before_not_as_published()
    {
        // The log, the editors' box and /healthz said "published as it is" of a file that was not there to publish.
        var first = _memory.Load();
        _memory.Delete("_languages/en.yml");
        _memory.WriteBytes("_languages/es.yml", [0xC3, 0x28]);

        var second = _memory.Load(first);

        Assert.Equal(first.DefaultLanguage.SiteName, second.DefaultLanguage.SiteName);
        Assert.Contains(second.Problems, p => p.Path == "content/_languages/en.yml");
        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/_languages/en.yml"));
        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/_languages/es.yml"));
    }

    [Fact]
    public void A_page_broken_since_start_up_is_listed_as_unavailable_not_missing()
    {
        _memory.Replace("learn.md", "title: Learn", "title: [broken");

        var snapshot = _memory.Load();

        Assert.Null(snapshot.FindPage("/learn"));
        Assert.Contains("/learn", snapshot.UnavailableUrls);
        Assert.Equal(SourceState.NotShown, snapshot.StateOf("content/learn.md"));
    }

    [Fact]
    public void An_unreadable_page_is_one_problem_and_every_other_file_loads()
    {
        var snapshot = Unreadable.Run(Disk.PathOf("learn.md"), () => Disk.Load());

        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/learn.md");
        Assert.Equal(1, problem.Line);
        Assert.Contains("could not be read", problem.Message);
        Assert.NotNull(snapshot.FindPage("/statistics"));
        Assert.NotNull(snapshot.FindPage("/es/learn"));
    }

    [Fact]
    public void
        An_unreadable_site_file_at_start_up_leaves_the_pages_served_with_the_hotline_this_release_was_built_with()
    {
        var snapshot = Unreadable.Run(Disk.PathOf("site.yml"), () => Disk.Load());

        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/site.yml" && p.Message.Contains("could not be read"));
        Assert.True(snapshot.IsServable);
        // The hotline's is the first phone_dial; the other lines (other_lines) have their own below it.
        var built = File.ReadAllLines(Path.Combine(TempContent.RepositoryContent,
            "site.yml")).First(l => l.TrimStart().StartsWith("phone_dial:"));
        Assert.Contains($"\"{snapshot.Site!.Hotline.PhoneDial}\"", built);
        Assert.NotNull(snapshot.FindPage("/learn"));
    }

    [Fact]
    public void An_unreadable_folder_is_one_problem()
    {
        var snapshot = Unreadable.Run(Disk.PathOf("es"), () => Disk.Load());

        Assert.Contains(snapshot.Problems, p => p.Path == "content/es" && p.Message.Contains("could not be read"));
        Assert.NotNull(snapshot.FindPage("/learn"));
        Assert.Null(snapshot.FindPage("/es/learn"));
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_content_folder_is_refused()
    {
        var outside = Path.Combine(Path.GetDirectoryName(Disk.Root)!, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"),
            "---\ntitle: Secret\ndescription: Not content\n---\nPrivate notes.\n");
        Directory.CreateSymbolicLink(Disk.PathOf("notes"), outside);
        File.CreateSymbolicLink(Disk.PathOf("passwd.md"), "/etc/passwd");

        var snapshot = Disk.Load();

        Assert.Null(snapshot.FindPage("/notes/secret"));
        Assert.Null(snapshot.FindPage("/passwd"));
        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/notes" && p.Message.Contains("outside the content folder"));
        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/passwd.md" && p.Message.Contains("outside the content folder"));
    }

    [Fact]
    public void A_link_back_into_the_content_folder_ends_instead_of_publishing_every_page_again()
    {
        var before = Disk.Load().PagesByUrl.Count;
        Directory.CreateSymbolicLink(Disk.PathOf("loop"), ".");
        Directory.CreateSymbolicLink(Disk.PathOf("es/back"), "..");

        var snapshot = Disk.Load();

        Assert.Equal(before, snapshot.PagesByUrl.Count);
        Assert.Contains(snapshot.Problems, p => p.Path == "content/loop" && p.Message.Contains("already read"));
        Assert.Contains(snapshot.Problems, p => p.Path == "content/es/back" && p.Message.Contains("already read"));
    }

    [Fact]
    public void A_link_inside_the_content_folder_to_another_file_of_it_is_followed()
    {
        File.CreateSymbolicLink(Disk.PathOf("learn-more.md"), Disk.PathOf("learn.md"));

        var snapshot = Disk.Load();

        Assert.NotNull(snapshot.FindPage("/learn-more"));
        Assert.DoesNotContain(snapshot.Problems, p => p.Path == "content/learn-more.md");
    }

    [Fact]
    public async Task A_named_pipe_in_the_content_folder_is_one_problem_and_does_not_stop_the_load()
    {
        Fifo.Make(Disk.PathOf("pipe.md"));

        var load = Task.Run(() => Disk.Load());
        var finished = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(10)));

        Assert.True(finished == load, "the load waited for the pipe");
        var snapshot = await load;
        Assert.Contains(snapshot.Problems, p => p.Path == "content/pipe.md");
        Assert.NotNull(snapshot.FindPage("/learn"));
    }

    [Fact]
    public void While_the_content_folder_is_gone_the_pages_loaded_before_stay()
    {
        var first = Disk.Load();
        Directory.Delete(Disk.Root, recursive: true);

        var second = Disk.Load(first);

        Assert.NotNull(second.FindPage("/learn"));
        Assert.Contains(second.Problems, p => p.Message.Contains("does not exist"));
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_one_problem_on_its_file()
    {
        _memory.WriteBytes("latin1.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\ndescription: d\n---\nText.\n"u8]);

        var snapshot = _memory.Load();

        Assert.Contains(snapshot.Problems, p => p.Path == "content/latin1.md" && p.Message.Contains("UTF-8"));
        Assert.NotNull(snapshot.FindPage("/learn"));
    }
}
