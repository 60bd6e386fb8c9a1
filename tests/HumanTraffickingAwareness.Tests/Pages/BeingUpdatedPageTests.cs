using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>
/// A page whose file is broken and has no good version to show is not "missing": it answers 503 "being updated", with
/// the hotline, and the health check and the log say which page and why.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class BeingUpdatedPageTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task After_a_restart_a_broken_page_is_being_updated_with_the_hotline_not_a_404()
    {
        _content.Replace("learn.md", "title: Learn", "title: [broken");
        using var site = new SiteFactory(_content.Root);

        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/learn");

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("The site is being updated", document.QuerySelector("h1")!.ReadableText());
        Assert.NotNull(document.QuerySelector("main a[href='tel:+18883737888']"));
        Assert.NotNull(document.QuerySelector("aside.hotline a[href='tel:+18883737888']"));
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task The_health_check_and_the_log_name_the_page_that_cannot_be_shown()
    {
        _content.Replace("learn.md", "title: Learn", "title: [broken");
        using var site = new SiteFactory(_content.Root);

        var health = await site.CreatePlainClient().GetAsync("/healthz");

        Assert.Equal(200, (int)health.StatusCode);
        Assert.Equal("Degraded: /learn cannot be shown until its file is fixed",
            await health.Content.ReadAsStringAsync());
        var log = site.Logs.AsText().ToList();
        Assert.Contains(log,
            line => line.Contains("content/learn.md:2") && line.Contains("nothing of this file can be shown"));
        Assert.Contains(log, line => line.Contains("content/learn.md:2") && line.Contains("must be put in quotes"));
        Assert.Contains(log, line => line.Contains("/learn") && line.Contains("503"));
    }

    [Fact]
    public async Task With_no_content_at_all_every_address_still_gives_the_hotline()
    {
        using var empty = new TempContent(copyRepositoryContent: false);
        using var site = new SiteFactory(empty.Root);

        foreach (var url in new[] { "/", "/learn", "/nothing-here" })
        {
            var (response, document) = await Html.GetAsync(site.CreatePlainClient(), url);

            Assert.True((int)response.StatusCode is 503 or 404, $"{url} answered {(int)response.StatusCode}");
            Assert.NotNull(document.QuerySelector("a[href='tel:+18883737888']"));
            Assert.Contains("911", document.Body!.ReadableText());
        }

        Assert.Equal(503, (int)(await site.CreatePlainClient().GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_published_page_with_a_broken_link_is_logged_as_published_not_as_kept()
    {
        _content.Replace("learn.md", "## Who is Vulnerable?",
            "See [the missing page](/no-such-page).\n\n## Who is Vulnerable?");
        using var site = new SiteFactory(_content.Root);

        var page = await site.CreatePlainClient().GetStringAsync("/learn");

        Assert.Contains("the missing page", page);
        // (Its Spanish translation is warned too, that the English changed: that line quotes the link, at
        // content/es/learn.md.)
        var line = Assert.Single(site.Logs.AsText(),
            l => l.Contains("/no-such-page") && !l.Contains("content/es/learn.md"));
        Assert.Contains("published as it is", line);
        Assert.DoesNotContain("last good version", line);
    }
}
