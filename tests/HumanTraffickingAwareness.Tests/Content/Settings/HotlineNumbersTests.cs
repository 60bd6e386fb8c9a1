using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Settings;

/// <summary>The number a reader sees is the number their phone dials: site.yml's two forms of it must agree.</summary>
[Trait("Suite", "InProcess")]
public sealed class HotlineNumbersTests
{
    private readonly InMemoryContent _content = new();

    [Theory]
    [InlineData("1-888-373-7888", "+18883737888")]
    [InlineData("888-373-7888", "+18883737888")]
    [InlineData("(888) 373-7888", "+18883737888")]
    [InlineData("+1 888 373 7888", "+18883737888")]
    [InlineData("+44 20 7946 0000", "+442079460000")]
    public void A_shown_number_and_its_dialled_form_are_accepted(string shown, string dialled)
    {
        SetHotline(shown, dialled);

        var snapshot = _content.Load();

        Assert.Empty(snapshot.Problems);
        Assert.Equal("tel:" + dialled, snapshot.Site!.Hotline.CallHref);
    }

    [Theory]
    [InlineData("1-888-373-7888", "+18883737889")]
    [InlineData("1-800-555-0100", "+18883737888")]
    [InlineData("888-373-7888", "+448883737888")]
    [InlineData("373-7888", "+18883737888")]
    public void A_dialled_number_that_differs_from_the_shown_one_is_refused_and_the_last_good_stays(string shown,
        string dialled)
    {
        var before = _content.Load();
        SetHotline(shown, dialled);

        var after = _content.Load(before);

        var problem = Assert.Single(after.Problems, p => p.Path == "content/site.yml");
        Assert.Equal(LineOf("  phone_dial:"), problem.Line);
        Assert.Contains($"phone_dial {dialled} does not dial the number shown as phone ({shown}, line " +
            $"{LineOf("  phone:")})", problem.Message);
        Assert.Equal(("1-888-373-7888", "tel:+18883737888"),
            (after.Site!.Hotline.PhoneDisplay, after.Site.Hotline.CallHref));
    }

    [Fact]
    public void Another_line_that_shows_one_number_and_dials_another_is_refused_and_the_last_good_stays()
    {
        var before = _content.Load();
        _content.Replace("site.yml", "    phone_dial: \"+18003923738\"", "    phone_dial: \"+19005550100\"");

        var after = _content.Load(before);

        var problem = Assert.Single(after.Problems, p => p.Path == "content/site.yml");
        Assert.Equal(LineOf("    phone_dial: \"+19005550100\""), problem.Line);
        Assert.Equal("other_lines: missouri-child-abuse: phone_dial +19005550100 does not dial the number shown as " +
            "phone " +
            $"(1-800-392-3738, line {LineOf("    phone: 1-800-392-3738")}): make them the same number",
                problem.Message);
        Assert.Equal("tel:+18003923738",
            after.Site!.Channels.OtherLines.Single(l => l.Id == "missouri-child-abuse").CallHref);
    }

    [Theory]
    [InlineData("text_number: \"233733\"", "text_number: \"BE-FREE\"", "  text_number:")]
    [InlineData("emergency_number: \"911\"", "emergency_number: \"9-1-1 (US)\"", "emergency_number:")]
    public void A_number_shown_and_dialled_as_written_must_be_digits(string line, string mistake, string lineStart)
    {
        _content.Replace("site.yml", line, mistake);

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/site.yml");

        Assert.Equal(LineOf(lineStart), problem.Line);
        Assert.Contains("digits only", problem.Message);
    }

    private void SetHotline(string shown, string dialled) =>
        _content.Write("site.yml", _content.Read("site.yml")
            .Replace("phone: 1-888-373-7888", "phone: " + shown, StringComparison.Ordinal)
            .Replace("phone_dial: \"+18883737888\"", $"phone_dial: \"{dialled}\"", StringComparison.Ordinal));

    private int LineOf(string start) =>
        _content.ReadLines("site.yml").ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
}
