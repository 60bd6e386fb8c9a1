using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class SharingTests(SharingTests.PublicSite site) : IClassFixture<SharingTests.PublicSite>
{
    private const string BaseUrl = "https://hta.example.org";

    public static TheoryData<string> Pages => new() { "/", "/learn", "/statistics", "/definitions", "/safety" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_section_heading_has_a_stable_id_and_a_visible_link_to_itself(string url)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), url);

        foreach (var heading in document.QuerySelectorAll("main h2, main h3"))
        {
            Assert.False(string.IsNullOrEmpty(heading.Id), $"{heading.ReadableText()} on {url} has no id");
            var link = heading.ParentElement!.QuerySelector("a.section-link");
            Assert.NotNull(link);
            Assert.EndsWith("#" + heading.Id, link.GetAttribute("href"));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_canonical_link_and_link_preview_tags_from_its_front_matter(string url)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), url);
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");

        var canonical = BaseUrl + url;
        Assert.Equal(canonical, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var description = Meta("meta[name=description]");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.Equal(description, Meta("meta[property='og:description']"));
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("meta[property='og:title']")));
        Assert.Equal(url == "/" ? "website" : "article", Meta("meta[property='og:type']"));
        Assert.Equal(BaseUrl + "/images/share.png", Meta("meta[property='og:image']"));
        Assert.Equal("1200", Meta("meta[property='og:image:width']"));
        Assert.Equal("630", Meta("meta[property='og:image:height']"));
        Assert.Contains("1-888-373-7888", Meta("meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
    }

    [Fact]
    public async Task The_share_image_is_served_as_a_1200_by_630_png()
    {
        var response = await site.CreatePlainClient().GetAsync("/images/share.png");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public async Task Share_links_carry_the_canonical_address_encoded()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/statistics");
        var share = document.QuerySelector("aside.share")!;
        string Href(string text) => share.QuerySelectorAll("a").Single(a => a.ReadableText() == text)
            .GetAttribute("href")!;
        var encoded = Uri.EscapeDataString(BaseUrl + "/statistics");

        Assert.Equal($"https://www.facebook.com/sharer/sharer.php?u={encoded}", Href("Facebook"));
        Assert.Contains($"url={encoded}", Href("X (Twitter)"));
        Assert.StartsWith("https://wa.me/?text=", Href("WhatsApp"));
        Assert.Contains(encoded, Href("WhatsApp"));
        Assert.StartsWith("mailto:?subject=Hotline%20statistics&body=", Href("Email"));
        Assert.Contains(encoded, Href("Email"));
        Assert.StartsWith("sms:?&body=", Href("Text message"));
        Assert.All(share.QuerySelectorAll("a[href^='https:']").Where(a => !a.GetAttribute("href")!.StartsWith(BaseUrl,
            StringComparison.Ordinal)), a => Assert.Contains("noreferrer", a.GetAttribute("rel")));
        Assert.Empty(document.QuerySelectorAll("iframe, script[src^='http']"));
    }

    [Fact]
    public async Task The_sitemap_lists_exactly_the_published_pages_of_both_languages_with_their_dates()
    {
        var xml = XDocument.Parse(await site.CreatePlainClient().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        var locations = xml.Descendants(ns + "loc").Select(l => l.Value).ToHashSet();
        string[] pages = ["/", "/help", "/signs", "/learn", "/statistics", "/definitions", "/safety", "/materials",
            "/rights", "/help-near-you", "/es", "/es/help", "/es/signs", "/es/learn", "/es/statistics",
            "/es/definitions", "/es/safety", "/es/materials", "/es/rights", "/es/help-near-you",
            "/easy-read/help", "/easy-read/signs", "/es/easy-read/help", "/es/easy-read/signs",
            "/ar/help", "/bs/help", "/de/help", "/vi/help", "/zh-hans/help"];
        Assert.Equal(pages.Select(p => BaseUrl + p).ToHashSet(), locations);
        Assert.All(xml.Descendants(ns + "lastmod"), l => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", l.Value));
        Assert.DoesNotContain(BaseUrl + "/draft-page", locations);
    }

    [Fact]
    public async Task The_sitemap_gives_each_page_its_version_in_the_other_language()
    {
        var xml = XDocument.Parse(await site.CreatePlainClient().GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";

        var learn = xml.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == BaseUrl + "/es/learn");
        var alternates = learn.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value,
            l => l.Attribute("href")!.Value);
        Assert.Equal(BaseUrl + "/learn", alternates["en"]);
        Assert.Equal(BaseUrl + "/es/learn", alternates["es"]);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap()
    {
        var robots = await site.CreatePlainClient().GetStringAsync("/robots.txt");

        Assert.Contains($"Sitemap: {BaseUrl}/sitemap.xml", robots);
    }

    [Fact]
    public async Task A_draft_page_is_neither_served_nor_in_the_navigation()
    {
        var client = site.CreatePlainClient();

        Assert.Equal(404, (int)(await client.GetAsync("/draft-page")).StatusCode);
        var document = await Html.GetPageAsync(client, "/");
        Assert.Null(document.QuerySelector("nav a[href='/draft-page']"));
    }

    [Fact]
    public async Task Without_a_configured_base_the_request_address_is_used()
    {
        using var plain = new SiteFactory();
        var document = await Html.GetPageAsync(plain.CreatePlainClient(), "/learn");

        Assert.Equal("http://localhost/learn", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    /// <summary>The site with a public base URL configured and a draft page in its content.</summary>
    public sealed class PublicSite : SiteFactory
    {
        private static readonly TempContent Content = CreateContent();

        public PublicSite()
            : base(Content.Root)
        {
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", BaseUrl);
        }

        private static TempContent CreateContent()
        {
            var content = new TempContent();
            content.Write("draft-page.md", "---\ntitle: Draft\ndescription: Not yet\ndraft: true\n---\nSoon.\n");
            content.Replace("site.yml", "  - url: /learn\n", "  - url: /learn\n  - url: /draft-page\n");
            return content;
        }
    }
}
