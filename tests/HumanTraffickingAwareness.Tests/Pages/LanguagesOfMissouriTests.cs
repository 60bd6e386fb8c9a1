using System.Xml.Linq;
using YamlDotNet.RepresentationModel;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>
/// The Get help page in the languages Missouri speaks after English and Spanish, and Arabic written right to left: each
/// language complete in its frame, findable from every page, and never leading a reader to a page that is not there.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class LanguagesOfMissouriTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static readonly string[] Codes = ["ar", "bs", "de", "vi", "zh-hans"];

    public static TheoryData<string> HelpPages => new(Codes.Select(code => $"/{code}/help"));

    private static readonly string LanguagesFolder = Path.Combine(TempContent.RepositoryContent, "_languages");

    [Theory]
    [InlineData("ar")]
    [InlineData("bs")]
    [InlineData("de")]
    [InlineData("vi")]
    [InlineData("zh-hans")]
    [InlineData("es")]
    public void Every_language_file_has_every_key_of_the_english_one(string code)
    {
        var english = KeysOf(Path.Combine(LanguagesFolder, "en.yml"));
        var translated = KeysOf(Path.Combine(LanguagesFolder, $"{code}.yml"));

        Assert.Empty(english.Except(translated));
    }

    [Theory]
    [MemberData(nameof(HelpPages))]
    public async Task Each_help_page_is_in_its_language_with_the_hotline_and_a_working_call_link(string path)
    {
        var code = path.Split('/')[1];
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(code, document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(code == "ar" ? "rtl" : "ltr", document.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(document.QuerySelector("aside.hotline a.hotline-call[href='tel:+18883737888']"));
        Assert.NotNull(document.QuerySelector("aside.hotline a.quick-exit[href^='https://']"));
        // The page's own call links read left to right in every language, Arabic included.
        Assert.All(document.QuerySelectorAll("main a[href^='tel:'], aside.hotline .hotline-number[dir]"),
            a => Assert.Equal("ltr", a.GetAttribute("dir")));
        Assert.NotEmpty(document.QuerySelectorAll("main a[href='tel:+18883737888']"));
        Assert.NotEmpty(document.QuerySelectorAll("main a[href='tel:911']"));
    }

    [Theory]
    [MemberData(nameof(HelpPages))]
    public async Task Every_link_on_a_help_page_leads_to_a_page_that_exists(string path)
    {
        var client = site.CreatePlainClient();
        var document = await Html.GetPageAsync(client, path);
        var links = document.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();

        // The English page it was translated from (the translation note) and the Spanish one (the language switch).
        Assert.Contains("/help", links);
        Assert.Contains("/es/help", links);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            Assert.True(response.IsSuccessStatusCode,
                $"{path} links to {link}, which answers {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_menu_entry_not_translated_leads_to_the_english_page_and_says_so_in_english()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/de/help");

        var learn = document.QuerySelectorAll("header .site-nav a").Single(a => a.GetAttribute("href") == "/learn");
        Assert.Equal("Wissen (English)", learn.ReadableText());
        Assert.Equal("en", learn.GetAttribute("hreflang"));
        Assert.Equal("en", learn.QuerySelector("bdi")!.GetAttribute("lang"));
        Assert.Equal("/de/help", document.QuerySelector("header a.site-name")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/es/learn")]
    [InlineData("/ar/help")]
    [InlineData("/no-such-page")]
    public async Task The_language_switch_names_every_other_language_in_itself(string path)
    {
        var (_, document) = await Html.GetAsync(site.CreatePlainClient(), path);
        var own = document.DocumentElement.GetAttribute("lang");

        var links = document.QuerySelectorAll("header details.language-switch a");
        string[] all = ["en", "es", .. Codes];
        var expected = all.Where(c => c != own).Order(StringComparer.Ordinal);
        Assert.Equal(expected, links.Select(a => a.GetAttribute("lang")!).Order(StringComparer.Ordinal));
        Assert.All(links, a => Assert.Equal(a.GetAttribute("lang") == "ar" ? "rtl" : "ltr", a.GetAttribute("dir")));
        Assert.Contains(links, a => a.ReadableText() == (own == "zh-hans" ? "العربية" : "中文（简体）"));
        // Never to a page that is not there: the same page where it is translated, else the language's first page.
        Assert.All(links, a => Assert.DoesNotContain("no-such-page", a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(HelpPages))]
    public async Task Each_help_page_names_every_language_it_is_published_in(string path)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), path);

        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        foreach (var code in Codes)
        {
            Assert.Equal($"/{code}/help", alternates[code]);
        }
    }

    [Fact]
    public async Task The_sitemap_lists_every_language_each_with_its_alternates()
    {
        var xml = XDocument.Parse(await site.CreatePlainClient().GetStringAsync("/sitemap.xml"));
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var entries = xml.Root!.Elements(sitemaps + "url")
            .ToDictionary(u => new Uri(u.Element(sitemaps + "loc")!.Value).AbsolutePath);

        foreach (var code in Codes)
        {
            var entry = entries[$"/{code}/help"];
            var alternates = entry.Elements(xhtml + "link").Select(l => (string)l.Attribute("hreflang")!).ToHashSet();
            Assert.Superset(Codes.ToHashSet(), alternates);
        }

        Assert.Contains("/es", entries.Keys);
        Assert.Contains("/", entries.Keys);
    }

    [Theory]
    [InlineData("/xx/help")]
    [InlineData("/ar/no-such-page")]
    public async Task An_unknown_language_or_page_is_a_404_with_the_hotline(string path)
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), path);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.NotNull(document.QuerySelector("aside.hotline a[href='tel:+18883737888']"));
        Assert.NotNull(document.QuerySelector("main a[href='tel:+18883737888']"));
        Assert.Equal(path.StartsWith("/ar/", StringComparison.Ordinal) ? "ar" : "en",
            document.DocumentElement.GetAttribute("lang"));
    }

    /// <summary>Every key of a YAML file as a path (text/call, menu//learn), values aside.</summary>
    private static HashSet<string> KeysOf(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(file)));
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Walk(YamlNode node, string prefix)
        {
            if (node is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    var path = prefix + ((YamlScalarNode)key).Value;
                    keys.Add(path);
                    Walk(value, path + "/");
                }
            }
        }

        Walk(yaml.Documents[0].RootNode, "");
        return keys;
    }
}
