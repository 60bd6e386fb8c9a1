using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Settings;

/// <summary>
/// A hand-written tel: or sms: link is held to the banner's promise: the number it shows is the number it dials. One
/// to a number site.yml does not know is published, with a warning that points the editor to the shortcode.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class DialLinkTests
{
    private readonly InMemoryContent _content = new();

    private (ContentSnapshot Snapshot, IReadOnlyList<ContentProblem> Problems,
        IReadOnlyList<ContentProblem> Warnings) Load(string body, ContentSnapshot? previous = null)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n\n" + body + "\n");
        var snapshot = _content.Load(previous);
        return (snapshot, snapshot.Problems.Where(p => p.Path == "content/test.md").ToList(),
            snapshot.Warnings.Where(p => p.Path == "content/test.md" && p.Message.Contains("link",
            StringComparison.Ordinal)).ToList());
    }

    [Theory]
    [InlineData("[Call 1-888-373-7888](tel:+19005550100)", "shows 1-888-373-7888 but dials +19005550100")]
    [InlineData("[Call 1-888-373-7888 now](tel:+1-888-373-7889)", "shows 1-888-373-7888 but dials +1-888-373-7889")]
    [InlineData("[Text 233733](sms:233734?&body=HELP)", "shows 233733 but texts 233734")]
    [InlineData("[call {{ hotline phone }}](tel:+19005550100)", "shows 1-888-373-7888 but dials +19005550100")]
    [InlineData("[Call 1-800-THE-LOST](tel:+18008435679)", "shows 1-800-THE-LOST but dials +18008435679")]
    public async Task A_link_that_shows_one_number_and_dials_another_is_refused_and_the_last_good_page_stays(
        string link, string message)
    {
        var (before, _, _) = Load("Safe words.");

        var (after, problems, _) = Load("Some words.\n\n" + link, before);

        var problem = Assert.Single(problems);
        Assert.Equal(8, problem.Line);
        Assert.Contains(message, problem.Message);
        var document = await Html.ParseAsync(after.FindPage("/test")!.Html);
        Assert.Equal("Safe words.", document.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("[Call 1-888-373-7888](tel:+18883737888)")]
    [InlineData("[888-373-7888](tel:+18883737888)")]
    [InlineData("[Call (888) 373-7888, day or night](tel:18883737888)")]
    [InlineData("[Text HELP to 233733](sms:233733?&body=HELP)")]
    [InlineData("[1-800-THE-LOST](tel:+18008435678)")]
    [InlineData("[Call the child abuse line](tel:+18003923738)")]
    [InlineData("[Call 911](tel:911)")]
    public void A_link_that_dials_what_it_shows_to_a_line_of_site_yml_passes_without_a_word(string link)
    {
        var (snapshot, problems, warnings) = Load(link);

        Assert.Empty(problems);
        Assert.Empty(warnings);
        Assert.NotNull(snapshot.FindPage("/test"));
    }

    [Fact]
    public void A_link_to_a_number_site_yml_does_not_know_is_published_with_a_warning_pointing_to_the_shortcode()
    {
        var (snapshot, problems, warnings) = Load("Words.\n\n[Call 314-555-0100](tel:+13145550100)");

        Assert.Empty(problems);
        var warning = Assert.Single(warnings);
        Assert.Equal(8, warning.Line);
        Assert.Contains("{{ hotline phone }}", warning.Message);
        Assert.Contains("{{ hotline ID phone }}", warning.Message);
        Assert.NotNull(snapshot.FindPage("/test"));
    }
}
