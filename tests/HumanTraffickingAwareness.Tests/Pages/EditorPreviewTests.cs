using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>Editors preview on their own machine (Development); readers get the published site (Production).</summary>
[Trait("Suite", "InProcess")]
public sealed class EditorPreviewTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task In_development_a_page_with_problems_shows_them_in_a_box_at_the_top()
    {
        var original = _content.Read("learn.md");
        using var site = new SiteFactory(_content.Root, "Development");
        var client = site.CreatePlainClient();
        await client.GetStringAsync("/learn");

        _content.Write("learn.md", original.Replace("title: Learn", "titel: Learn"));
        var document = await Eventually.ReturnsAsync(
            async () => await Html.GetPageAsync(client, "/learn"),
            d => d.QuerySelector(".editor-problems") is not null, "the problem box");

        var box = document.QuerySelector(".editor-problems")!;
        Assert.Contains("content/learn.md:2", box.ReadableText());
        Assert.Contains("unknown field 'titel'", box.ReadableText());
        Assert.Equal("Learn", document.QuerySelector("h1")!.ReadableText());
    }

    [Fact]
    public async Task In_development_a_page_shows_its_warnings_which_the_log_names_only_once()
    {
        using var site = new SiteFactory(_content.Root, "Development");

        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es/learn");

        // The Spanish pages are machine translations no fluent reader has checked yet: check-content warns of each.
        var box = document.QuerySelector(".editor-warnings")!.ReadableText();
        Assert.Contains("content/es/learn.md:", box);
        Assert.Contains("fluent reader", box);
        Assert.Null(document.QuerySelector(".editor-problems"));
    }

    [Fact]
    public async Task In_development_a_page_that_could_not_be_published_shows_why_on_its_being_updated_page()
    {
        _content.Write("new-page.md", "---\ntitel: New\ndescription: d\n---\n\nText.\n");
        using var site = new SiteFactory(_content.Root, "Development");

        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/new-page");

        Assert.Equal(503, (int)response.StatusCode);
        var box = document.QuerySelector(".editor-problems")!.ReadableText();
        Assert.Contains("content/new-page.md:2", box);
        Assert.Contains("readers get the \"being updated\" page", box);
    }

    [Fact]
    public async Task In_production_the_problems_are_not_shown_to_readers()
    {
        _content.Replace("index.md", "title: Human Trafficking Awareness",
            "title: Human Trafficking Awareness\ntitel: typo");
        using var site = new SiteFactory(_content.Root, "Production");

        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), "/");

        Assert.Null(document.QuerySelector(".editor-problems"));
    }

    [Fact]
    public async Task A_draft_is_previewed_in_development_and_hidden_in_production()
    {
        _content.Write("soon.md", "---\ntitle: Coming soon\ndescription: d\ndraft: true\n---\n\nDraft text.\n");
        using var development = new SiteFactory(_content.Root, "Development");
        using var production = new SiteFactory(_content.Root, "Production");

        Assert.Equal(200, (int)(await development.CreatePlainClient().GetAsync("/soon")).StatusCode);
        Assert.Equal(404, (int)(await production.CreatePlainClient().GetAsync("/soon")).StatusCode);
    }
}
