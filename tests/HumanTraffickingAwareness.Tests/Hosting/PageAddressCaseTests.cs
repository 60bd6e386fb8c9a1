using System.Net;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// A page's address typed in the wrong case (/LEARN from a poster, a link retyped in a message) leads to the page's
/// own address with a permanent redirect, as the static export's nginx block does: one address per page, whatever
/// the host.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class PageAddressCaseTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    [Fact]
    public async Task A_wrong_case_address_is_sent_to_the_page_even_when_the_page_is_in_the_cache()
    {
        var client = site.CreatePlainClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/learn")).StatusCode);

        using var response = await client.GetAsync("/LEARN?from=poster");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/learn?from=poster", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/NO-SUCH-PAGE")]
    [InlineData("/DE/LEARN")]
    public async Task A_wrong_case_address_of_no_page_is_not_found_as_before(string url)
    {
        using var response = await site.CreatePlainClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_case_address_of_a_page_named_with_an_accent_is_sent_to_the_page_not_a_500()
    {
        using var content = new TempContent();
        content.Write("café.md", "---\ntitle: Café\ndescription: A page with an accent in its name.\n---\n\nText.\n");
        using var accented = new SiteFactory(content.Root);

        using var response = await accented.CreatePlainClient().GetAsync("/CAF%C3%89");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/caf%C3%A9", response.Headers.Location!.OriginalString);
        using var page = await accented.CreatePlainClient().GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
