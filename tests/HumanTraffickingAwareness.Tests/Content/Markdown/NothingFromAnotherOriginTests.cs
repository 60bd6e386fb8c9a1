using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary>
/// A picture from another site tells that site who reads the page (a tracking pixel), and the server's policy would
/// show the reader a broken image anyway: check-content refuses it at its line. A link written without its slashes
/// leads off the site as any other external link does.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class NothingFromAnotherOriginTests
{
    private readonly InMemoryContent _content = new();

    private (ContentPage? Page, IReadOnlyList<ContentProblem> Problems) Render(string body,
        ContentSnapshot? previous = null)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n" + body);
        var snapshot = _content.Load(previous);
        return (snapshot.FindPage("/test"), snapshot.Problems.Where(p => p.Path == "content/test.md").ToList());
    }

    [Theory]
    [InlineData("![x](https://evil.example/pixel.png)")]
    [InlineData("![x](http:evil.example/pixel.png)")]
    [InlineData("![x](HTTPS://evil.example/pixel.png)")]
    public async Task An_image_from_another_site_is_refused_at_its_line_and_the_last_good_page_stays(string image)
    {
        var (_, _) = Render("Safe words.\n");
        var before = _content.Load();

        var (page, problems) = Render("Some words.\n\n" + image + "\n", before);

        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Contains("is on another site", problem.Message);
        var document = await Html.ParseAsync(page!.Html);
        Assert.Equal("Safe words.", document.Body!.TextContent.Trim());
        Assert.Empty(document.QuerySelectorAll("img"));
    }

    [Fact]
    public async Task A_link_written_without_slashes_leads_off_the_site_like_any_external_link()
    {
        var (page, problems) = Render("Go [there](http:evil.example/page) and [here](HTTPS:/evil.example).\n");

        Assert.Empty(problems);
        var links = (await Html.ParseAsync(page!.Html)).QuerySelectorAll("a");
        Assert.Equal(["http://evil.example/page", "https://evil.example"], links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
    }
}
