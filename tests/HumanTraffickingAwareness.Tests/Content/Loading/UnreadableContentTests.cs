using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// A file the parsers cannot handle (nested deeper than Markdig allows, huge, with endless lines) or that makes a
/// reader throw is that file's problem, at its line: every other file loads, its last good version stays, /healthz
/// names it, and no address is ever without the hotline. Before, a page of <c>'>' * 128</c> crashed check-content, and
/// the running site stopped applying every later edit while /healthz said Healthy.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class UnreadableContentTests : IDisposable
{
    private const string FrontMatter = "---\ntitle: Deep\ndescription: A page the parser cannot take\n---\n";

    private readonly InMemoryContent _memory = new();
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    public static TheoryData<string, string, int, string> OverTheLimits => new()
    {
        { "128 block quotes", FrontMatter + "Intro.\n\n" + new string('>', 128) + " x\n", 7,
            "nested more than 16 deep" },
        { "17 block quotes", FrontMatter + new string('>', 17) + " x\n", 5, "nested more than 16 deep" },
        { "100 lists on a line", FrontMatter + string.Concat(Enumerable.Repeat("- ", 100)) + "x\n", 5,
            "nested more than 16 deep" },
        { "a list nested 40 deep",
            FrontMatter + string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- x\n")), 21,
            "nested more than 16 deep" },
        { "emphasis 40 deep", FrontMatter + new string('*', 40) + "x" + new string('*', 40) + "\n", 5,
            "emphasis, links and brackets are nested more than 16" },
        { "4,000 brackets",
            FrontMatter + new string('[', 1900) + "\n" + new string('[', 1900) + "\n", 6, "more than 2,000 runs" },
        { "a line of 6,000 characters", FrontMatter + "Fine.\n" + new string('a', 6000) + "\n", 6,
            "more than the 2,000 a line may have" },
        { "a file of 141 KB", FrontMatter + string.Concat(Enumerable.Repeat(new string('a', 99) + "\n\n", 1400)), 2599,
            "larger than 128 KB" },
        // Saved on Windows: \r\n ends one line, as in the editor, not two.
        { "a line of 6,000 characters after Windows line ends",
            FrontMatter.Replace("\n", "\r\n") + "Fine.\r\n" + new string('a', 6000) + "\r\n", 6,
            "more than the 2,000 a line may have" },
        { "a file of 141 KB with Windows line ends",
            FrontMatter + string.Concat(Enumerable.Repeat(new string('a', 99) + "\r\n\r\n", 1400)), 2547,
            "larger than 128 KB" },
    };

    [Theory]
    [MemberData(nameof(OverTheLimits))]
    public void A_page_over_a_limit_is_one_problem_at_the_line_that_crosses_it_and_every_other_page_loads(string what,
        string text, int line, string message)
    {
        _memory.Write("deep.md", text);

        var snapshot = _memory.Load();

        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/deep.md");
        Assert.True(problem.Line == line && problem.Message.Contains(message), $"{what}: {problem}");
        Assert.Null(snapshot.FindPage("/deep"));
        Assert.Contains("/deep", snapshot.UnavailableUrls);
        Assert.NotNull(snapshot.FindPage("/learn"));
        Assert.NotNull(snapshot.FindPage("/es/help"));
    }

    [Fact]
    public void Nesting_within_the_limits_is_published()
    {
        _memory.Write("nested.md",
            FrontMatter + string.Concat(Enumerable.Range(0,
            16).Select(i => new string(' ', 2 * i) + "- **x** [link](/learn)\n"))
            + "\n" + new string('>', 16) + " *quoted*\n");

        var snapshot = _memory.Load();

        Assert.DoesNotContain(snapshot.Problems, p => p.Path == "content/nested.md");
        Assert.NotNull(snapshot.FindPage("/nested"));
    }

    [Fact]
    public void A_broken_edit_beyond_the_limits_keeps_the_last_good_page_and_a_definition_too()
    {
        var first = _memory.Load();
        _memory.Write("learn.md", _memory.Read("learn.md") + "\n" + new string('>', 128) + " x\n");
        _memory.Write("_definitions/sex-trafficking.md",
            _memory.Read("_definitions/sex-trafficking.md") + "\n" + new string('*', 200) + "x" + new string('*',
            200) + "\n");

        var second = _memory.Load(first);

        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/learn.md"));
        Assert.Equal(first.FindPage("/learn")!.Html, second.FindPage("/learn")!.Html);
        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/_definitions/sex-trafficking.md"));
    }

    [Fact]
    public void Check_content_reports_a_page_markdig_cannot_parse_instead_of_crashing()
    {
        Disk.Write("deep.md", FrontMatter + new string('>', 128) + " x\n");

        var (exit, lines) = Disk.Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/deep.md:5: block quotes and lists are nested more than 16 deep",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_reader_that_throws_on_one_file_is_that_files_problem_and_the_others_load()
    {
        var throwing = new ThrowingFor(_memory, "learn.md");

        var snapshot = new SnapshotLoader(throwing, "content").Load(ContentSnapshot.Empty);

        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/learn.md");
        Assert.Contains("could not be read", problem.Message);
        Assert.Contains("/learn", snapshot.UnavailableUrls);
        Assert.NotNull(snapshot.FindPage("/signs"));
    }

    [Fact]
    public void A_site_file_that_makes_its_reader_throw_at_start_up_leaves_the_hotline_this_release_was_built_with()
    {
        var snapshot = new SnapshotLoader(new ThrowingFor(_memory, "site.yml"), "content").Load(ContentSnapshot.Empty);

        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/site.yml" && p.Message.Contains("could not be read"));
        Assert.Equal("+18883737888", snapshot.Site!.Hotline.PhoneDial);
        Assert.NotNull(snapshot.FindPage("/learn"));
    }

    [Fact]
    public void A_site_file_naming_a_language_no_file_has_still_leaves_the_hotline_on_every_address()
    {
        _memory.Replace("site.yml", "language: en", "language: xx");
        _memory.Delete("_languages/en.yml");

        var snapshot = _memory.Load();

        Assert.True(snapshot.IsServable);
        Assert.Equal("+18883737888", snapshot.Site!.Hotline.PhoneDial);
    }

    [Fact]
    public async Task After_a_page_markdig_cannot_parse_is_saved_later_edits_still_reach_readers_and_healthz_names_it()
    {
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();
        await client.GetAsync("/learn");

        Disk.Write("deep.md", FrontMatter + new string('>', 128) + " x\n");
        Disk.Write("site.yml", Disk.Read("site.yml")
            .Replace("phone: 1-888-373-7888", "phone: 1-800-555-0100", StringComparison.Ordinal)
            .Replace("phone_dial: \"+18883737888\"", "phone_dial: \"+18005550100\"", StringComparison.Ordinal));

        var learn = await Eventually.ReturnsAsync(() => Html.GetPageAsync(client, "/learn"),
            page => page.QuerySelector("aside.hotline a[href='tel:+18005550100']") is not null,
                "the new number after the unparseable page");
        Assert.NotNull(learn);
        var health = await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync();
        Assert.StartsWith("Degraded", health);
        Assert.Contains("/deep", health);
    }

    [Fact]
    public async Task After_a_restart_with_a_page_markdig_cannot_parse_every_address_still_shows_the_hotline()
    {
        Disk.Write("deep.md", FrontMatter + new string('>', 128) + " x\n");
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();

        var (deep, deepPage) = await Html.GetAsync(client, "/deep");
        Assert.Equal(503, (int)deep.StatusCode);
        HotlineBanner.AssertOffersTheHotline(deepPage);
        HotlineBanner.AssertOffersTheHotline(await Html.GetPageAsync(client, "/learn"));
    }

    [Fact]
    public async Task A_page_whose_edit_is_broken_keeps_its_last_good_version_and_healthz_names_its_file()
    {
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();
        await client.GetAsync("/learn");

        Disk.Write("learn.md", Disk.Read("learn.md") + "\n" + new string('>', 128) + " x\n");

        var health = await Eventually.ReturnsAsync(async () =>
            await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync(),
            body => body.StartsWith("Degraded", StringComparison.Ordinal), "/healthz to say the page is not as saved");
        Assert.Contains("content/learn.md", health);
        Assert.Equal(200, (int)(await client.GetAsync("/learn")).StatusCode);
    }

    [Fact]
    public void A_content_folder_that_becomes_unreadable_keeps_the_last_good_content_and_is_not_told_as_missing()
    {
        var flaky = new UnreadableTop(_memory);
        var loader = new SnapshotLoader(flaky, "content");
        var good = loader.Load(ContentSnapshot.Empty);

        flaky.Unreadable = true;
        var next = loader.Load(good);

        Assert.NotNull(next.FindPage("/learn"));
        Assert.Equal(good.PagesByUrl.Count, next.PagesByUrl.Count);
        var problem = Assert.Single(next.Problems, p => p.Path == "content");
        Assert.Contains("could not be read", problem.Message);
        Assert.DoesNotContain("does not exist", problem.Message);
    }

    /// <summary>The content in memory, whose top folder can be made to fail to list, as GuardedFolder reports it.
    /// </summary>
    private sealed class UnreadableTop(IFileProvider inner) : IFileProvider
    {
        public bool Unreadable { get; set; }

        public IDirectoryContents GetDirectoryContents(string subpath) =>
            Unreadable && subpath.Trim('/').Length == 0
                ? new HumanTraffickingAwareness.Content.Files.GuardedFolder.UnreadableFolder(
                    "this folder could not be read (UnauthorizedAccessException): nothing in it is published")
                : inner.GetDirectoryContents(subpath);

        public IFileInfo GetFileInfo(string subpath) => inner.GetFileInfo(subpath);

        public IChangeToken Watch(string filter) => inner.Watch(filter);
    }

    /// <summary>The content in memory, except that reading one file throws what no file reader expects.</summary>
    private sealed class ThrowingFor(IFileProvider inner, string relative) : IFileProvider
    {
        public IDirectoryContents GetDirectoryContents(string subpath) => inner.GetDirectoryContents(subpath);

        public IFileInfo GetFileInfo(string subpath) =>
            subpath.Trim('/') == relative ? new Throwing(inner.GetFileInfo(subpath)) : inner.GetFileInfo(subpath);

        public IChangeToken Watch(string filter) => inner.Watch(filter);

        private sealed class Throwing(IFileInfo file) : IFileInfo
        {
            public bool Exists => file.Exists;

            public long Length => file.Length;

            public string? PhysicalPath => file.PhysicalPath;

            public string Name => file.Name;

            public DateTimeOffset LastModified => file.LastModified;

            public bool IsDirectory => file.IsDirectory;

            public Stream CreateReadStream() => throw new InvalidOperationException("a reader fault");
        }
    }
}
