using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class HotlineBannerTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    public static TheoryData<string, int> EveryKindOfPage => new()
    {
        { "/", 200 },
        { "/learn", 200 },
        { "/this-page-does-not-exist", 404 },
        { "/learn/nested/unknown", 404 },
        { "/css/missing.css", 404 },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public async Task Banner_offers_the_hotline_as_real_links_on(string url, int status)
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        Assert.Equal(status, (int)response.StatusCode);
        HotlineBanner.AssertOffersTheHotline(document);
    }

    [Fact]
    public async Task Banner_is_on_the_error_page_when_something_fails()
    {
        using var failing = new FailingSite();
        var (response, document) = await Html.GetAsync(failing.CreatePlainClient(), "/learn");

        Assert.Equal(500, (int)response.StatusCode);
        HotlineBanner.AssertOffersTheHotline(document);
        Assert.DoesNotContain("Exception", document.Body!.ReadableText());
    }

    [Fact]
    public async Task Banner_comes_before_the_page_text_and_after_the_skip_links()
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), "/learn");

        var focusable = document.QuerySelectorAll("a[href]").ToList();
        Assert.Equal("#main", focusable[0].GetAttribute("href"));
        Assert.True(focusable[1].HasAttribute("data-quick-exit"));
        Assert.Equal("tel:+18883737888", focusable[2].GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main"));
    }
}
