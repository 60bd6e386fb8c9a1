using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// Two files for one address (<c>Help.md</c> beside <c>help.md</c>: addresses are lower case). A file saved beside a
/// live page cannot take its address over: before, the newcomer was published at /help within a second, as the first
/// in sort order. At start-up neither is published, and server, check-content and export say so alike.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class SameAddressTests : IDisposable
{
    private const string Newcomer = "---\ntitle: Not the help page\ndescription: A file saved beside it\n---\nSomething else.\n";

    private readonly InMemoryContent _memory = new();
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    [Theory]
    [InlineData("Help.md", "/help", "content/help.md")]
    [InlineData("ES/help.md", "/es/help", "content/es/help.md")]
    [InlineData("help/index.md", "/help", "content/help.md")]
    public void A_file_saved_beside_a_live_page_with_its_address_does_not_take_it_over(string newcomer, string url, string established)
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

    [Fact]
    public void At_start_up_neither_of_two_files_for_one_address_is_published_and_each_names_the_other()
    {
        _memory.Write("Help.md", Newcomer);

        var snapshot = _memory.Load();

        Assert.Null(snapshot.FindPage("/help"));
        Assert.Contains("/help", snapshot.UnavailableUrls);
        Assert.Contains(snapshot.Problems, p => p.Path == "content/Help.md" && p.Message.Contains("content/help.md"));
        Assert.Contains(snapshot.Problems, p => p.Path == "content/help.md" && p.Message.Contains("content/Help.md"));
    }

    [Fact]
    public async Task A_running_site_keeps_serving_the_established_page_and_healthz_names_the_newcomer()
    {
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();
        var title = (await Html.GetPageAsync(client, "/help")).QuerySelector("h1")!.ReadableText();

        Disk.Write("Help.md", Newcomer);

        var health = await Eventually.ReturnsAsync(async () => await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync(),
            body => body.Contains("content/Help.md", StringComparison.Ordinal), "/healthz to name the newcomer");
        Assert.StartsWith("Degraded", health);
        var page = await Html.GetPageAsync(client, "/help");
        Assert.Equal(title, page.QuerySelector("h1")!.ReadableText());
        HotlineBanner.AssertOffersTheHotline(page);
    }

    [Fact]
    public async Task At_start_up_the_server_answers_being_updated_with_the_hotline_and_check_content_refuses_the_pair()
    {
        Disk.Write("Help.md", Newcomer);

        var (exit, lines) = Disk.Check();
        using var site = new SiteFactory(Disk.Root);
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/help");

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/Help.md:1:", StringComparison.Ordinal) && l.Contains("content/help.md"));
        Assert.Contains(lines, l => l.StartsWith("content/help.md:1:", StringComparison.Ordinal) && l.Contains("content/Help.md"));
        Assert.Equal(503, (int)response.StatusCode);
        HotlineBanner.AssertOffersTheHotline(document);
    }
}
