using System.Reflection;
using AngleSharp.Dom;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>The Spanish site, checked as the English one is: each page, its frame, its links to the English
/// pages.</summary>
[Trait("Suite", "InProcess")]
public sealed class SpanishPagesTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "/", "/es" },
        { "/learn", "/es/learn" },
        { "/statistics", "/es/statistics" },
        { "/definitions", "/es/definitions" },
        { "/safety", "/es/safety" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Each_spanish_page_is_in_spanish_with_the_hotline_banner(string english, string spanish)
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), spanish);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        var banner = document.QuerySelector("aside.hotline")!;
        Assert.Equal("Línea Nacional Contra la Trata de Personas", banner.GetAttribute("aria-label"));
        Assert.Equal("Llame al 1-888-373-7888", banner.QuerySelector("a[href='tel:+18883737888']")!.ReadableText());
        Assert.Equal("Envíe HELP al 233733", banner.QuerySelector("a[href^='sms:233733']")!.ReadableText());
        Assert.Equal("¿En peligro inmediato? Llame al 911", banner.QuerySelector("a[href='tel:911']")!.ReadableText());
        Assert.Equal("Salir de esta página", banner.QuerySelector("a.quick-exit")!.ReadableText());
        Assert.Equal("/es/safety", banner.QuerySelector("a.hotline-safety")!.GetAttribute("href"));
        Assert.NotEqual(english, spanish);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task Each_page_names_its_translation_both_ways_with_an_english_default(string english, string spanish)
    {
        var client = site.CreatePlainClient();
        foreach (var path in new[] { english, spanish })
        {
            var document = await Html.GetPageAsync(client, path);
            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);

            Assert.Equal(english, alternates["en"]);
            Assert.Equal(spanish, alternates["es"]);
            Assert.Equal(english, alternates["x-default"]);
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task The_language_switch_leads_to_the_same_page_in_the_other_language(string english, string spanish)
    {
        var client = site.CreatePlainClient();

        var toSpanish = (await Html.GetPageAsync(client,
            english)).QuerySelector("header .language-switch a[hreflang=es]")!;
        Assert.Equal(spanish, toSpanish.GetAttribute("href"));
        Assert.Equal("Español", toSpanish.ReadableText());
        Assert.Equal("es", toSpanish.GetAttribute("lang"));

        var toEnglish = (await Html.GetPageAsync(client,
            spanish)).QuerySelector("header .language-switch a[hreflang=en]")!;
        Assert.Equal(english, toEnglish.GetAttribute("href"));
        Assert.Equal("English", toEnglish.ReadableText());
        Assert.Equal("en", toEnglish.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_menu_and_home_link_stay_in_spanish()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es/learn");

        Assert.Equal("/es", document.QuerySelector("header a.site-name")!.GetAttribute("href"));
        var menu = document.QuerySelectorAll("nav.site-nav a").Select(a => (a.GetAttribute("href"),
            a.ReadableText())).ToList();
        Assert.Equal([("/es", "Inicio"), ("/es/learn", "Infórmese"), ("/es/signs", "Señales"),
            ("/es/statistics", "Estadísticas"), ("/es/definitions", "Definiciones")], menu);
        Assert.Equal("page", document.QuerySelector("nav.site-nav a[href='/es/learn']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Figures_come_from_the_one_data_file_and_read_the_spanish_way()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es/learn");
        var main = document.QuerySelector("main")!;

        foreach (var figure in SeedFigures.Formatted)
        {
            Assert.Contains(main.QuerySelectorAll("data"), d => d.ReadableText() == figure);
        }

        Assert.Contains(main.QuerySelectorAll("time"),
            t => t.GetAttribute("datetime") == "2021-12-31" && t.ReadableText() == "31 de diciembre de 2021");
        Assert.Contains(main.QuerySelectorAll("time"),
            t => t.GetAttribute("datetime") == "2007-12" && t.ReadableText() == "diciembre de 2007");
        Assert.Contains("Última actualización:", document.QuerySelector(".page-updated")!.ReadableText());
    }

    [Fact]
    public async Task The_statistics_tables_and_charts_are_labelled_in_spanish()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es/statistics");

        var table = document.QuerySelector("#table-missouri")!;
        Assert.Equal("Missouri: cifras de la línea directa por período",
            table.QuerySelector("caption")!.ReadableText());
        Assert.Equal(
            ["Período", "Contactos", "Casos", "Víctimas identificadas", "Casos por cada 100 contactos",
                "Porcentaje de los casos de Estados Unidos"],
            table.QuerySelectorAll("thead th").Select(th => th.ReadableText()));
        Assert.Contains("de diciembre de 2007 al 31 de diciembre de 2021",
            table.QuerySelectorAll("tbody th").Select(th => th.ReadableText()));
        Assert.Contains("6,166", table.QuerySelectorAll("td").Select(td => td.ReadableText()));

        var chart = document.QuerySelector("#chart-us svg")!;
        Assert.StartsWith("Estados Unidos: contactos y casos", chart.QuerySelector("title")!.ReadableText());
        Assert.Contains("Contactos: 399,494 (de diciembre de 2007 al 31 de diciembre de 2021)",
            chart.QuerySelector("desc")!.ReadableText());
        Assert.Contains("Fuente:", document.QuerySelector(".data-source")!.ReadableText());
    }

    [Fact]
    public async Task Translated_definitions_keep_their_citations_and_say_the_law_is_in_english()
    {
        var client = site.CreatePlainClient();
        var english = await Html.GetPageAsync(client, "/definitions");
        var spanish = await Html.GetPageAsync(client, "/es/definitions");

        string Laws(IDocument d) => string.Join("|",
            d.QuerySelectorAll(".definition-source a").Select(a => $"{a.ReadableText()} {a.GetAttribute("href")}"));
        Assert.Equal(Laws(english), Laws(spanish));
        Assert.NotEmpty(spanish.QuerySelectorAll(".definition-source a[href^='https://uscode.house.gov/']"));
        Assert.All(spanish.QuerySelectorAll(".definition-source").Where(p => p.QuerySelector("cite") is not null),
            p => Assert.Contains("el texto oficial está en inglés", p.ReadableText()));
        Assert.Equal("/es/definitions#sex-trafficking",
            spanish.QuerySelector("#sex-trafficking + a.section-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task No_english_words_of_the_frame_are_left_on_a_spanish_page()
    {
        var snapshot = new HumanTraffickingAwareness.Content.Loading.SnapshotLoader(TempContent.RepositoryContent)
            .Load(HumanTraffickingAwareness.Content.Snapshot.ContentSnapshot.Empty);
        var english = snapshot.Languages.Single(l => l.Code == "en").Text;
        var spanish = snapshot.Languages.Single(l => l.Code == "es").Text;
        // Every text of the language file that differs between the two languages, as plain words (no {names}).
        var englishOnly = typeof(SiteText).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => ((string)p.GetValue(english)!, (string)p.GetValue(spanish)!))
            .Where(pair => pair.Item1 != pair.Item2)
            .SelectMany(pair => pair.Item1.Split('{', '}'))
            .Select(words => words.Trim(' ', ':', '.', ','))
            .Where(words => words.Length >= 6 && words.Contains(' '))
            .ToList();
        Assert.True(englishOnly.Count > 20, "the check has English sentences to look for");

        var client = site.CreatePlainClient();
        foreach (var path in new[] { "/es", "/es/learn", "/es/statistics", "/es/no-such-page" })
        {
            var (_, document) = await Html.GetAsync(client, path);
            var text = document.Body!.ReadableText() + " " + string.Join(" ",
                document.QuerySelectorAll("[aria-label], [data-copied], [data-copy-failed]")
                .SelectMany(e => new[] { e.GetAttribute("aria-label"), e.GetAttribute("data-copied"),
                    e.GetAttribute("data-copy-failed") }));
            Assert.All(englishOnly, words => Assert.DoesNotContain(words, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task An_unknown_spanish_address_gets_a_spanish_404_with_the_hotline()
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/es/no-existe");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Página no encontrada", document.QuerySelector("h1")!.ReadableText());
        Assert.NotNull(document.QuerySelector("main a[href='tel:+18883737888']"));
        Assert.NotNull(document.QuerySelector("main a[href='/es/learn']"));
        Assert.Equal("Principal", document.QuerySelector("nav.site-nav")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_spanish_page_is_previewed_in_spanish()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es/learn");

        Assert.Equal("es_US", document.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("en_US", document.QuerySelector("meta[property='og:locale:alternate']")!.GetAttribute("content"));
        Assert.Equal("Conciencia sobre la trata de personas",
            document.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        Assert.EndsWith("/images/share.es.png",
            document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("Infórmese | Conciencia sobre la trata de personas", document.Title);
        Assert.Equal("Comparta esta página", document.QuerySelector(".share-title")!.ReadableText());
    }

    [Fact]
    public async Task The_spanish_home_page_is_titled_with_the_spanish_site_name_alone()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/es");

        Assert.Equal("Conciencia sobre la trata de personas", document.Title);
        Assert.Equal("website", document.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Spanish_pages_are_sent_as_utf8_letters_not_entities()
    {
        var html = await site.CreatePlainClient().GetStringAsync("/es/learn");

        Assert.Contains("<h1>Infórmese</h1>", html);
        Assert.DoesNotContain("&#xF3;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("&#243;", html);
    }
}
