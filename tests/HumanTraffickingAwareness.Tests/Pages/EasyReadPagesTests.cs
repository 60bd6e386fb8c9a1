using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>The Easy Read pages of the bundled content: reached from the top of Get help and the signs, in both
/// languages; in the sitemap and the language switch; listed on /materials as booklets to print.</summary>
[Trait("Suite", "InProcess")]
public sealed class EasyReadPagesTests
{
    public static TheoryData<string, string> FullAndEasy => new()
    {
        { "/help", "/easy-read/help" },
        { "/signs", "/easy-read/signs" },
        { "/es/help", "/es/easy-read/help" },
        { "/es/signs", "/es/easy-read/signs" },
    };

    [Theory]
    [MemberData(nameof(FullAndEasy))]
    public async Task The_full_page_links_to_its_easy_read_page_right_after_its_first_paragraph(string full,
        string easy)
    {
        using var site = new SiteFactory();

        var document = await Html.GetPageAsync(site.CreatePlainClient(), full);

        var paragraphs = document.QuerySelectorAll("article > p:not(.translation-note)").ToList();
        Assert.Contains(paragraphs[1].QuerySelectorAll("a"), a => a.GetAttribute("href") == easy);
        Assert.DoesNotContain(paragraphs[0].QuerySelectorAll("a"), a => a.GetAttribute("href") == easy);
    }

    [Theory]
    [MemberData(nameof(FullAndEasy))]
    public async Task An_easy_read_page_is_laid_out_as_one_and_every_row_starts_with_a_picture(string full, string easy)
    {
        _ = full;
        using var site = new SiteFactory();

        var article = (await Html.GetPageAsync(site.CreatePlainClient(), easy)).QuerySelector("article")!;

        Assert.Contains("easy-read", article.ClassList);
        var rows = article.QuerySelectorAll("li, article > p:not(.page-updated):not(.translation-note)").ToList();
        Assert.True(rows.Count >= 15, $"{easy} has {rows.Count} rows");
        Assert.All(rows,
            row => Assert.True(row.FirstElementChild is { LocalName: "svg" } svg && svg.ClassList.Contains("pictogram"),
            $"{easy}: a row without its picture: {row.ReadableText()}"));
    }

    [Fact]
    public async Task The_sitemap_and_the_language_switch_list_the_easy_read_pages_in_both_languages()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        var sitemap = await client.GetStringAsync("/sitemap.xml");
        foreach (var path in new[] { "/easy-read/help", "/easy-read/signs", "/es/easy-read/help",
            "/es/easy-read/signs" })
        {
            Assert.Contains($"<loc>http://localhost{path}</loc>", sitemap, StringComparison.Ordinal);
        }

        var toSpanish = (await Html.GetPageAsync(client,
            "/easy-read/signs")).QuerySelector("header .language-switch a[hreflang=es]")!;
        var toEnglish = (await Html.GetPageAsync(client,
            "/es/easy-read/help")).QuerySelector("header .language-switch a[hreflang=en]")!;
        Assert.Equal("/es/easy-read/signs", toSpanish.GetAttribute("href"));
        Assert.Equal("/easy-read/help", toEnglish.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/materials", "/easy-read/help", "/easy-read/signs")]
    [InlineData("/es/materials", "/es/easy-read/help", "/es/easy-read/signs")]
    public async Task Materials_lists_the_easy_read_booklets(string materials, string help, string signs)
    {
        using var site = new SiteFactory();

        var links = (await Html.GetPageAsync(site.CreatePlainClient(), materials)).QuerySelectorAll("article a")
            .Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains(help, links);
        Assert.Contains(signs, links);
    }
}
