using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class NotFoundPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    [Fact]
    public async Task Unknown_address_gets_a_404_that_helps_the_reader_on()
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/where-did-it-go");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("Page not found", document.QuerySelector("h1")!.ReadableText());
        Assert.NotNull(document.QuerySelector("main a[href='/learn']"));
        Assert.NotNull(document.QuerySelector("main a[href='tel:+18883737888']"));
        Assert.Contains("911", document.QuerySelector("main")!.ReadableText());
    }

    [Fact]
    public async Task Unknown_address_is_not_redirected()
    {
        var response = await site.CreatePlainClient().GetAsync("/old/page.html");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("/learn.md")]
    [InlineData("/content/learn.md")]
    [InlineData("/site.yml")]
    [InlineData("/README.md")]
    public async Task Content_sources_are_not_served(string url)
    {
        var response = await site.CreatePlainClient().GetAsync(url);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("hotline:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anything_but_reading_is_refused_with_405()
    {
        var response = await site.CreatePlainClient().PostAsync("/learn", new StringContent("x"));

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }
}
