using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// Two files for one address (<c>Help.md</c> beside <c>help.md</c>: addresses are lower case). A file saved beside a
/// live page cannot take its address over: before, the newcomer was published at /help within a second, as the first
/// in sort order. At start-up the file named as its address (help.md) is the page; when none or several are, neither
/// is published. Server, check-content and export say so alike.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class SameAddressTests : IDisposable
{
    private const string Newcomer =
        "---\ntitle: Not the help page\ndescription: A file saved beside it\n---\nSomething else.\n";

    private readonly InMemoryContent _memory = new();
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    [Theory]
    [InlineData("Help.md", "/help", "content/help.md")]
    [InlineData("ES/help.md", "/es/help", "content/es/help.md")]
    [InlineData("help/index.md", "/help", "content/help.md")]
    public void A_file_saved_beside_a_live_page_with_its_address_does_not_take_it_over(string newcomer, string url,
        string established)
    {
        var first = _memory.Load();
        _memory.Write(newcomer, Newcomer);

        var second = _memory.Load(first);

        Assert.Equal(established, second.FindPage(url)!.SourcePath);
        Assert.Equal(first.FindPage(url)!.Html, second.FindPage(url)!.Html);
        var problem = Assert.Single(second.Problems, p => p.Path == "content/" + newcomer);
        Assert.Contains(established, problem.Message);
        Assert.Equal(SourceState.NotShown, second.StateOf("content/" + newcomer));
        Assert.DoesNotContain(url, second.UnavailableUrls);
    }

    [Theory]
    [InlineData("Help.md", "/help", "content/help.md")]
    [InlineData("ES/help.md", "/es/help", "content/es/help.md")]
    [InlineData("help/index.md", "/help", "content/help.md")]
    public void At_start_up_the_file_named_as_its_address_is_the_page_and_the_other_is_the_problem(
        string stray, string url, string page)
    {
        // Before, neither was published: a stray Help.md and a restart took /help down ("being updated").
        _memory.Write(stray, Newcomer);

        var snapshot = _memory.Load();

        Assert.Equal(page, snapshot.FindPage(url)!.SourcePath);
        Assert.DoesNotContain(url, snapshot.UnavailableUrls);
        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/" + stray);
        Assert.Contains(page, problem.Message);
        Assert.DoesNotContain(snapshot.Problems, p => p.Path == page);
    }

    [Fact]
    public void A_page_saved_once_with_e_and_accent_as_one_character_and_once_as_two_is_one_address()
    {
        // café.md composed (as most keyboards type it) and decomposed (as macOS saves names): before, both were pages,
        // at two addresses that look the same, and the export wrote both folders.
        var composed = "caf\u00e9.md";
        var decomposed = "cafe\u0301.md";
        _memory.Write(composed, "---\ntitle: Café\ndescription: The real page\n---\nReal.\n");
        _memory.Write(decomposed, Newcomer);

        var snapshot = _memory.Load();

        Assert.Equal("content/" + composed, snapshot.FindPage("/caf\u00e9")!.SourcePath);
        Assert.Null(snapshot.FindPage("/cafe\u0301"));
        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/" + decomposed);
        Assert.Contains("content/" + composed, problem.Message);
    }

    [Fact]
    public void At_start_up_neither_of_two_files_for_one_address_is_published_when_neither_is_named_as_the_address()
    {
        _memory.Delete("help.md");
        _memory.Write("Help.md", Newcomer);
        _memory.Write("help/index.md", Newcomer);

        var snapshot = _memory.Load();

        Assert.Null(snapshot.FindPage("/help"));
        Assert.Contains("/help", snapshot.UnavailableUrls);
        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/Help.md" && p.Message.Contains("content/help/index.md"));
        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/help/index.md" && p.Message.Contains("content/Help.md"));
    }

    [Fact]
    public async Task A_running_site_keeps_serving_the_established_page_and_healthz_names_the_newcomer()
    {
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();
        var title = (await Html.GetPageAsync(client, "/help")).QuerySelector("h1")!.ReadableText();

        Disk.Write("Help.md", Newcomer);

        var health = await Eventually.ReturnsAsync(async () =>
            await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync(),
            body => body.Contains("content/Help.md", StringComparison.Ordinal), "/healthz to name the newcomer");
        Assert.StartsWith("Degraded", health);
        var page = await Html.GetPageAsync(client, "/help");
        Assert.Equal(title, page.QuerySelector("h1")!.ReadableText());
        HotlineBanner.AssertOffersTheHotline(page);
    }

    [Fact]
    public async Task After_a_restart_with_a_stray_Help_md_the_server_serves_help_md_and_check_content_names_the_stray()
    {
        Disk.Write("Help.md", Newcomer);

        var (exit, lines) = Disk.Check();
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();
        var (response, document) = await Html.GetAsync(client, "/help");
        var health = await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/Help.md:1:", StringComparison.Ordinal) && l.Contains("content/help.md"));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/help.md:1:", StringComparison.Ordinal));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotEqual("Not the help page", document.QuerySelector("h1")!.ReadableText());
        Assert.DoesNotContain("Something else", document.Body!.TextContent, StringComparison.Ordinal);
        HotlineBanner.AssertOffersTheHotline(document);
        Assert.Contains("content/Help.md", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_start_up_with_no_file_named_as_the_address_the_server_answers_being_updated_with_the_hotline()
    {
        File.Move(Disk.PathOf("help.md"), Disk.PathOf("Help.md"));
        Disk.Write("help/index.md", Newcomer);

        var (exit, lines) = Disk.Check();
        using var site = new SiteFactory(Disk.Root);
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/help");

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/Help.md:1:", StringComparison.Ordinal) && l.Contains("content/help/index.md"));
        Assert.Contains(lines,
            l => l.StartsWith("content/help/index.md:1:", StringComparison.Ordinal) && l.Contains("content/Help.md"));
        Assert.Equal(503, (int)response.StatusCode);
        HotlineBanner.AssertOffersTheHotline(document);
    }
}
