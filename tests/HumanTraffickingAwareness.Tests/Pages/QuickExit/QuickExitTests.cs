using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages.QuickExit;

[Trait("Suite", "InProcess")]
public sealed class QuickExitTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string> EveryPage => new() { "/", "/learn", "/statistics", "/definitions", "/safety",
        "/not-a-page" };

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
        var description = string.Join(" ",
            exit.GetAttribute("aria-describedby")!.Split(' ')
            .Select(id => document.GetElementById(id)!.ReadableText()));
        Assert.Contains("Leaves this site at once", description);
        Assert.Contains("Shift 3 times", description);
    }

    [Theory]
    [InlineData("/learn", "Press Shift 2 more times to leave.", "Press Shift 1 more time to leave.")]
    [InlineData("/es/learn", "Pulse Shift 2 veces más para salir.", "Pulse Shift 1 vez más para salir.")]
    public async Task The_shift_count_is_read_out_in_the_page_language_from_an_empty_status_region(string url,
        string twoMore, string oneMore)
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
        content.Replace("site.yml", "quick_exit_url: https://weather.com/",
            "quick_exit_url: https://www.example.org/forecast");
        using var custom = new SiteFactory(content.Root);

        var document = await Html.GetPageAsync(custom.CreatePlainClient(), "/");

        Assert.All(document.QuerySelectorAll("a[data-quick-exit]"),
            a => Assert.Equal("https://www.example.org/forecast", a.GetAttribute("href")));
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

    /// <summary>
    /// What /safety says the exit does and what stays on the device, each sentence as the browser tests observe it
    /// (BrowserTests/Pages/QuickExit/QuickExitTests.cs and ProfileTraceTests.cs), in both languages.
    /// </summary>
    public static TheoryData<string, string[]> SafetyPageClaims => new()
    {
        { "/safety", [
            "press the Shift key 3 times", "up to 5 seconds after the last one",
            "Pages you read before stay in Back", "Every page stays in your history list", "No website can remove them",
            "the button is an ordinary link", "Back brings this page back", "A closed tab can come back",
            "Synced history", "Spyware and stalkerware", "family plan", "Use a safer device", "Use a private window",
            "Delete only the pages of this site", "An empty history can make someone suspicious", "Ctrl+W",
            "held nothing from this site", "The history list", "Saved tabs",
        ] },
        { "/es/safety", [
            "pulsar la tecla Shift (Mayús) 3 veces", "hasta 5 segundos después de la anterior",
            "Las páginas que leyó antes siguen en Atrás", "Todas las páginas siguen en su historial",
            "Ningún sitio web puede quitarlas", "el botón es un enlace común", "Atrás vuelve a mostrar esta página",
            "Una pestaña cerrada puede volver", "El historial sincronizado", "Los programas espía", "plan familiar",
            "Use un dispositivo más seguro", "Use una ventana privada", "Borre solo las páginas de este sitio",
            "Un historial vacío puede hacer que alguien sospeche", "Ctrl+W", "no tenía nada de este sitio",
            "El historial", "Las pestañas guardadas",
        ] },
    };

    [Theory]
    [MemberData(nameof(SafetyPageClaims))]
    public async Task The_safety_page_says_what_the_exit_does_and_does_not_do(string url, string[] claims)
    {
        var safety = await Html.GetPageAsync(site.CreatePlainClient(), url);

        var text = System.Text.RegularExpressions.Regex.Replace(safety.QuerySelector("main")!.ReadableText(), @"\s+",
            " ");
        Assert.All(claims, claim => Assert.Contains(claim, text));
        Assert.NotNull(safety.QuerySelector("main a[href='tel:+18883737888']"));
        Assert.NotNull(safety.QuerySelector("main " +
            "a[href='https://humantraffickinghotline.org/en/safety-planning-information']"));
        Assert.NotNull(safety.QuerySelector("main " +
            "a[href='https://www.techsafety.org/resources-survivors/technology-safety-plan']"));
    }

    [Theory]
    [InlineData("/safety", new[] { "does not bring it back", "how to hide", "safe from" })]
    [InlineData("/es/safety", new[] { "no lo vuelve a mostrar", "cómo ocultar" })]
    public async Task The_safety_page_promises_nothing_the_site_cannot_do(string url, string[] promises)
    {
        var safety = await Html.GetPageAsync(site.CreatePlainClient(), url);

        var text = System.Text.RegularExpressions.Regex.Replace(safety.QuerySelector("main")!.ReadableText(), @"\s+",
            " ");
        Assert.All(promises, promise => Assert.DoesNotContain(promise, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_safety_page_is_linked_from_the_banner()
    {
        var home = await Html.GetPageAsync(site.CreatePlainClient(), "/");

        Assert.NotNull(home.QuerySelector("aside.hotline a[href='/safety']"));
    }

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Pages_have_no_inline_script_or_style_and_load_nothing_from_elsewhere(string url)
    {
        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        Assert.Empty(document.QuerySelectorAll("[style], style"));
        Assert.All(document.QuerySelectorAll("script:not([src])"),
            s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(document.QuerySelectorAll("[onclick], [onload], [onerror]"));
        foreach (var element in document.QuerySelectorAll("script[src], link[rel=stylesheet], link[rel=icon], " +
            "img[src], iframe, video, audio, source"))
        {
            var address = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.StartsWith("/", address);
            Assert.False(address.StartsWith("//", StringComparison.Ordinal), address);
        }
    }
}
