using HumanTraffickingAwareness.Pages.Materials;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages.Materials;

[Trait("Suite", "InProcess")]
public sealed class MaterialsPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string> Languages => new() { "", "/es" };

    public static TheoryData<string> ItemPages
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var prefix in new[] { "", "/es" })
            {
                foreach (var item in PrintableItems.All)
                {
                    data.Add(prefix + item.NeutralPath);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_materials_page_lists_every_item_with_a_preview_a_purpose_and_how_to_print_it(string prefix)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), prefix + "/materials");

        var listed = document.QuerySelectorAll(".materials-list > li.material");
        Assert.Equal(PrintableItems.All.Count, listed.Length);
        foreach (var (item, entry) in PrintableItems.All.Zip(listed))
        {
            Assert.Equal(prefix + item.NeutralPath, entry.QuerySelector("h2 a")!.GetAttribute("href"));
            Assert.NotNull(entry.QuerySelector(".material-preview[aria-hidden=true] .sheet"));
            Assert.True(entry.QuerySelectorAll(".material-about p").Length >= 2,
                $"{item.Slug} has no purpose or printing advice");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_materials_page_links_to_the_missouri_departments_poster_and_the_law(string prefix)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), prefix + "/materials");

        var links = document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://dps.mo.gov/human-trafficking/", links);
        Assert.Contains("https://revisor.mo.gov/main/OneSection.aspx?section=595.120", links);
    }

    [Theory]
    [MemberData(nameof(ItemPages))]
    public async Task Each_item_has_a_qr_code_to_the_help_page_in_its_language_with_the_address_under_it(string path)
    {
        var help = path.StartsWith("/es/", StringComparison.Ordinal) ? "/es/help" : "/help";
        var document = await Html.GetPageAsync(site.CreatePlainClient(), path);

        var codes = document.QuerySelectorAll(".sheet .help-code");
        Assert.NotEmpty(codes);
        foreach (var code in codes)
        {
            Assert.Contains("http://localhost" + help, code.QuerySelector("[role=img]")!.GetAttribute("aria-label"));
            Assert.Equal("localhost" + help, code.QuerySelector(".help-code-url")!.ReadableText());
            var svg = code.QuerySelector("svg")!;
            // The Content-Security-Policy allows no inline style: the drawing must not depend on one.
            Assert.Empty(svg.QuerySelectorAll("[style]"));
            Assert.Null(svg.GetAttribute("style"));
            Assert.Empty(svg.QuerySelectorAll("style, script"));
        }
    }

    public static TheoryData<string> ItemPagesRightToLeft
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var item in PrintableItems.All)
            {
                data.Add("/ar" + item.NeutralPath);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ItemPagesRightToLeft))]
    public async Task Every_number_and_address_on_paper_reads_left_to_right_also_in_arabic(string path)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), path);

        Assert.Equal("rtl", document.DocumentElement.GetAttribute("dir"));
        var sheet = document.QuerySelector(".sheet")!;
        // Each number and address stands in an element of its own marked dir="ltr": paper has no link to dial.
        foreach (var shown in new[] { "1-888-373-7888", "233733", "911", "localhost/ar/help" })
        {
            var holders = sheet.QuerySelectorAll("*").Where(e => e.ReadableText() == shown).ToList();
            Assert.True(holders.Count > 0, $"{shown} is not on {path}");
            Assert.All(holders, e => Assert.Equal("ltr", e.Closest("[dir]")!.GetAttribute("dir")));
        }
    }

    [Theory]
    [InlineData("/materials/poster", "/es/materials/poster")]
    [InlineData("/es/materials/wallet-cards", "/materials/wallet-cards")]
    public async Task An_items_language_switch_and_alternates_lead_to_the_same_item_in_the_other_language(string path,
        string other)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), path);

        var otherLanguage = other.StartsWith("/es/", StringComparison.Ordinal) ? "es" : "en";
        Assert.Equal(other,
            document.QuerySelector($".language-switch a[hreflang={otherLanguage}]")!.GetAttribute("href"));
        Assert.Contains("http://localhost" + other,
            document.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/xx/materials")]
    [InlineData("/learn/materials")]
    [InlineData("/materials/no-such-item")]
    [InlineData("/es/materials/no-such-item")]
    [InlineData("/xx/materials/poster")]
    public async Task An_address_of_no_language_or_no_item_is_not_found(string path)
    {
        var response = await site.CreatePlainClient().GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
