using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Settings;

[Trait("Suite", "InProcess")]
public sealed class HotlineShortcodeTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string[] CheckPage(string body)
    {
        _content.Write("page.md", $"---\ntitle: Page\ndescription: d\n---\n\n{body}\n");
        return _content.Check().Lines;
    }

    [Fact]
    public void A_channel_site_yml_does_not_have_is_reported_with_its_setting()
    {
        _content.Replace("site.yml", "  chat_url: https://humantraffickinghotline.org/chat\n", "");

        var lines = CheckPage("Chat: {{ hotline chat }}.");

        Assert.Contains(lines,
            l => l.StartsWith("content/page.md:6:",
            StringComparison.Ordinal) && l.Contains("site.yml's hotline has no chat_url", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_other_line_is_reported_with_the_ids_there_are()
    {
        var lines = CheckPage("Call {{ hotline kansas-child-abuse phone }}.");

        Assert.Contains(lines, l => l.StartsWith("content/page.md:6:", StringComparison.Ordinal)
            && l.Contains("other_lines has no 'kansas-child-abuse': use one of missouri-child-abuse, cybertipline",
                StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tty: \"711\"", "tty: \"7-1-1\"", "hotline: tty must be the number as dialled")]
    [InlineData("email: help@humantraffickinghotline.org", "email: help", "hotline: email must be an email address")]
    [InlineData("tip_report_url: https://humantraffickinghotline.org/en/report-trafficking",
        "tip_report_url: http://example.org", "hotline: tip_report_url must be a full https address")]
    [InlineData("phone_dial: \"+18003923738\"", "phone_dial: \"\"",
        "other_lines: missouri-child-abuse: give both phone")]
    [InlineData("reading_grade_limit: 8", "reading_grade_limit: 0", "reading_grade_limit must be a school grade")]
    public void A_mistyped_setting_is_reported_in_site_yml(string setting, string mistyped, string message)
    {
        _content.Replace("site.yml", setting, mistyped);

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/site.yml:", StringComparison.Ordinal) && l.Contains(message,
            StringComparison.Ordinal));
    }
}
