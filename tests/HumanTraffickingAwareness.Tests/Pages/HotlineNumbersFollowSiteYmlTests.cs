using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class HotlineNumbersFollowSiteYmlTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_number_changed_in_site_yml_changes_on_every_page_in_every_language()
    {
        _content.Replace("site.yml", "phone: 1-888-373-7888", "phone: 1-888-555-0100");
        _content.Replace("site.yml", "phone_dial: \"+18883737888\"", "phone_dial: \"+18885550100\"");
        _content.Replace("site.yml", "text_number: \"233733\"", "text_number: \"555010\"");
        _content.Replace("site.yml", "tty: \"711\"", "tty: \"7110\"");
        _content.Replace("site.yml", "email: help@humantraffickinghotline.org", "email: help@example.org");
        _content.Replace("site.yml", "phone: 1-800-392-3738", "phone: 1-800-555-0199");
        _content.Replace("site.yml", "phone_dial: \"+18003923738\"", "phone_dial: \"+18005550199\"");
        var pages = _content.Load().PagesByUrl.Keys.ToList();
        using var site = new SiteFactory(_content.Root);
        var client = site.CreatePlainClient();

        Assert.Contains("/help", pages);
        Assert.Contains("/es/signs", pages);
        foreach (var url in pages)
        {
            var html = await client.GetStringAsync(url);
            var document = await Html.ParseAsync(html);
            Assert.NotNull(document.QuerySelector("aside.hotline a[href='tel:+18885550100']"));
            Assert.NotNull(document.QuerySelector("aside.hotline a[href='sms:555010?&body=HELP']"));
            foreach (var old in new[] { "373-7888", "+18883737888", "233733", "help@humantraffickinghotline.org",
                "392-3738" })
            {
                Assert.False(html.Contains(old, StringComparison.Ordinal), $"{url} still shows {old}");
            }
        }

        var help = await Html.GetPageAsync(client, "/es/help");
        Assert.NotNull(help.QuerySelector("main a[href='tel:7110']"));
        Assert.NotNull(help.QuerySelector("main a[href='mailto:help@example.org']"));
        Assert.NotNull(help.QuerySelector("main a[href='tel:+18005550199']"));
    }
}
