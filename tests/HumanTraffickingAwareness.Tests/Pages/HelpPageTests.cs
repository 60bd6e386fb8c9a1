using AngleSharp.Dom;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

[Trait("Suite", "InProcess")]
public sealed class HelpPageTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    private static readonly SiteSettings Site = new SnapshotLoader(TempContent.RepositoryContent)
        .Load(ContentSnapshot.Empty).Site!;

    /// <summary>Every channel of site.yml as the link /help must carry: its address and its visible text.</summary>
    public static TheoryData<string, string, string> Channels()
    {
        var hotline = Site.Hotline;
        var channels = Site.Channels;
        var data = new TheoryData<string, string, string>();
        foreach (var page in new[] { "/help", "/es/help" })
        {
            data.Add(page, hotline.CallHref, hotline.PhoneDisplay);
            data.Add(page, hotline.TextHref, $"{hotline.TextNumber} ({hotline.TextKeyword})");
            data.Add(page, hotline.TextHrefWith(channels.TextKeywordAlso!),
                $"{hotline.TextNumber} ({channels.TextKeywordAlso})");
            data.Add(page, channels.TtyHref!, channels.Tty!);
            data.Add(page, channels.ChatUrl!, channels.ChatUrl!["https://".Length..].TrimEnd('/'));
            data.Add(page, channels.EmailHref!, channels.Email!);
            data.Add(page, channels.TipReportUrl!, channels.TipReportUrl!["https://".Length..].TrimEnd('/'));
            data.Add(page, Site.EmergencyHref, Site.EmergencyNumber);
            foreach (var line in channels.OtherLines)
            {
                data.Add(page, line.CallHref!, line.PhoneDisplay!);
                data.Add(page, line.Url!, line.Url!["https://".Length..].TrimEnd('/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Each_channel_is_a_link_on_the_help_page_exactly_as_site_yml_has_it(string page, string href,
        string text)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        var links = document.QuerySelectorAll("main a").Where(a => a.GetAttribute("href") == href).ToList();
        Assert.NotEmpty(links);
        Assert.Contains(links, a => a.ReadableText() == text);
    }

    [Theory]
    [InlineData("/help", "it is open")]
    [InlineData("/es/help", "atiende")]
    public async Task The_hours_come_from_site_yml(string page, string open)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        Assert.Contains($"{open} {Site.Channels.Hours}", document.QuerySelector("main")!.ReadableText());
    }

    [Theory]
    [InlineData("/help", "Sources")]
    [InlineData("/es/help", "Fuentes")]
    [InlineData("/signs", "Sources")]
    [InlineData("/es/signs", "Fuentes")]
    public async Task Each_new_page_lists_its_sources_as_links(string page, string heading)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        // The last section: its heading, then (in Spanish) a note on the sources' language, then the list.
        var sources = document.QuerySelectorAll("main h2").Last();
        Assert.Equal(heading, sources.ReadableText());
        var list = sources.ParentElement!.NextElementSibling!;
        list = list.TagName == "UL" ? list : list.NextElementSibling!;
        Assert.NotEmpty(list.QuerySelectorAll("li"));
        Assert.All(list.QuerySelectorAll("li"),
            item => Assert.StartsWith("https://", item.QuerySelector("a")!.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/", "/signs")]
    [InlineData("/learn", "/signs")]
    [InlineData("/signs", "/learn")]
    [InlineData("/es", "/es/signs")]
    [InlineData("/es/learn", "/es/signs")]
    [InlineData("/es/signs", "/es/learn")]
    public async Task The_home_page_and_learn_link_to_the_signs_and_back(string page, string target)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        Assert.NotNull(document.QuerySelector($"main a[href='{target}']"));
    }

    [Theory]
    [InlineData("/", "/help", "Get help")]
    [InlineData("/es", "/es/help", "Pedir ayuda")]
    public async Task The_banner_and_the_footer_link_to_help(string page, string help, string label)
    {
        var document = await Html.GetPageAsync(site.CreatePlainClient(), page);

        var link = document.QuerySelector($"aside.hotline a[href='{help}']");
        Assert.NotNull(link);
        Assert.Equal(label, link.ReadableText());
        Assert.NotNull(document.QuerySelector($"footer a[href='{help}']"));
    }
}
