using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

public sealed class QuickExitTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string> EveryPage => new() { "/", "/learn", "/statistics", "/definitions", "/safety", "/not-a-page" };

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Every_page_has_an_exit_that_works_as_a_plain_link_without_script(string url)
    {
        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        var exit = document.QuerySelector("aside.hotline a.quick-exit");
        Assert.NotNull(exit);
        Assert.Equal("Exit this page", exit.ReadableText());
        Assert.Equal("https://weather.com/", exit.GetAttribute("href"));
        Assert.Contains("noreferrer", exit.GetAttribute("rel"));
    }

    [Fact]
    public async Task Screen_readers_hear_what_the_exit_does_and_its_shortcut()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var exit = document.QuerySelector("aside.hotline a.quick-exit")!;
        var description = string.Join(" ", exit.GetAttribute("aria-describedby")!.Split(' ').Select(id => document.GetElementById(id)!.ReadableText()));
        Assert.Contains("Leaves this site at once", description);
        Assert.Contains("Shift 3 times", description);
    }

    [Theory]
    [InlineData("/learn", "Press Shift 2 more times to leave.", "Press Shift 1 more time to leave.")]
    [InlineData("/es/learn", "Pulse Mayús 2 veces más para salir.", "Pulse Mayús 1 vez más para salir.")]
    public async Task The_shift_count_is_read_out_in_the_page_language_from_an_empty_status_region(string url, string twoMore, string oneMore)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), url);

        var progress = Assert.Single(document.QuerySelectorAll("[data-quick-exit-status]"));
        Assert.Equal("status", progress.GetAttribute("role"));
        Assert.Equal("", progress.TextContent);
        Assert.Equal(twoMore, progress.GetAttribute("data-two"));
        Assert.Equal(oneMore, progress.GetAttribute("data-one"));
        Assert.False(string.IsNullOrWhiteSpace(progress.GetAttribute("data-expired")));
    }

    [Fact]
    public async Task A_second_exit_is_the_second_stop_for_keyboard_users()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var links = document.QuerySelectorAll("a[href]").Take(3).ToList();
        Assert.Equal("#main", links[0].GetAttribute("href"));
        Assert.True(links[1].HasAttribute("data-quick-exit"));
        Assert.Equal("tel:+18883737888", links[2].GetAttribute("href"));
    }

    [Fact]
    public async Task The_neutral_site_comes_from_the_site_settings()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "quick_exit_url: https://weather.com/", "quick_exit_url: https://www.example.org/forecast");
        using var custom = new SiteFactory(content.Root);

        var document = await Html.GetPageAsync(custom.CreatePlainClient(), "/");

        Assert.All(document.QuerySelectorAll("a[data-quick-exit]"), a => Assert.Equal("https://www.example.org/forecast", a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_exit_script_is_our_own_file_deferred_and_served_under_the_policy()
    {
        var client = site.CreatePlainClient();
        var document = await Html.GetPageAsync(client, "/");

        var script = Assert.Single(document.QuerySelectorAll("script[src]"));
        Assert.True(script.HasAttribute("defer"));
        var src = script.GetAttribute("src")!;
        Assert.StartsWith("/js/site.", src);
        var response = await client.GetAsync(src);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType!.MediaType);
        var code = await response.Content.ReadAsStringAsync();
        Assert.Contains("location.replace", code);
        Assert.Contains("\"Shift\"", code);
        Assert.DoesNotContain("localStorage", code);
        Assert.DoesNotContain("sessionStorage", code);
        Assert.DoesNotContain("document.cookie", code);
    }

    [Fact]
    public async Task The_safety_page_is_linked_from_the_banner_and_explains_the_exit()
    {
        var client = site.CreatePlainClient();
        var home = await Html.GetPageAsync(client, "/");
        Assert.NotNull(home.QuerySelector("aside.hotline a[href='/safety']"));

        var safety = await Html.GetPageAsync(client, "/safety");
        Assert.Equal("Browse safely", safety.QuerySelector("h1")!.ReadableText());
        var text = safety.QuerySelector("main")!.ReadableText();
        Assert.Contains("Shift key 3 times", text);
        Assert.Contains("private", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("History", text);
        Assert.NotNull(safety.QuerySelector("main a[href='tel:+18883737888']"));
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Pages_have_no_inline_script_or_style_and_load_nothing_from_elsewhere(string url)
    {
        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        Assert.Empty(document.QuerySelectorAll("[style], style"));
        Assert.All(document.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(document.QuerySelectorAll("[onclick], [onload], [onerror]"));
        foreach (var element in document.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe, video, audio, source"))
        {
            var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.StartsWith("/", address);
            Assert.False(address.StartsWith("//", StringComparison.Ordinal), address);
        }
    }
}
