using AngleSharp.Dom;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Settings;

/// <summary>/help-near-you lists, from help-near-you.yml, who helps in each part of Missouri: numbers that dial what
/// they show, each entry a fact with its check date, and a broken file never empties the list.</summary>
[Trait("Suite", "InProcess")]
public sealed class HelpNearYouTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private const string File = "help-near-you.yml";

    private const string Directory = """
        regions:
          - id: st-louis
            name:
              en: St. Louis
              es: San Luis
          - id: kansas-city
            name:
              en: Kansas City
          - id: joplin
            name:
              en: Joplin
        entries:
          - name: Example Survivor Services
            region: st-louis
            phone: 314-555-0100
            phone_dial: "+13145550100"
            web: https://example.org/get-help
            offers:
              en: Counseling and case management.
              es: Consejería y manejo de casos.
            source: https://example.org/get-help
            checked: 2026-11-20
          - name: Example Legal Aid Office
            region: kansas-city
            phone: (816) 555-0111
            phone_dial: "+18165550111"
            web: https://legal.example.org/
            offers:
              en: Free legal help.
            source: https://legal.example.org/
            checked: 2026-11-21
          - name: Second St. Louis Office
            region: st-louis
            phone: 314-555-0122
            phone_dial: "+13145550122"
            web: https://second.example.org/
            offers:
              en: A drop-in center.
            source: https://second.example.org/
            checked: 2026-11-22

        """;

    private readonly InMemoryContent _content = new();

    public HelpNearYouTests() => _content.Write(File, Directory);

    private ContentSnapshot Load(ContentSnapshot? previous = null) =>
        new SnapshotLoader(_content, "content") { Time = new FixedTime(Today) }.Load(previous ?? ContentSnapshot.Empty);

    private int LineOf(string text) => Array.FindIndex(_content.ReadLines(File),
        l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static async Task<IDocument> Page(ContentSnapshot snapshot, string url) =>
        await Html.ParseAsync(snapshot.FindPage(url)?.Html
            ?? throw new Xunit.Sdk.XunitException($"{url} is not published"));

    private static IElement Region(IDocument page, string id) =>
        page.QuerySelector($"section[aria-labelledby='{id}']")
            ?? throw new Xunit.Sdk.XunitException($"no region #{id}");

    [Fact]
    public async Task Entries_are_listed_under_their_region_with_a_call_link_that_dials_the_number_shown()
    {
        var page = await Page(Load(), "/help-near-you");

        var stLouis = Region(page, "st-louis");
        Assert.Equal("St. Louis", stLouis.QuerySelector("h2#st-louis")!.ReadableText());
        Assert.Equal(["Example Survivor Services", "Second St. Louis Office"],
            stLouis.QuerySelectorAll("li h3").Select(h => h.ReadableText()));
        var call = stLouis.QuerySelector("li a[href^='tel:']")!;
        Assert.Equal("tel:+13145550100", call.GetAttribute("href"));
        Assert.Equal("314-555-0100", call.ReadableText());
        Assert.Equal("example.org/get-help",
            stLouis.QuerySelector("li a[href='https://example.org/get-help']")!.ReadableText());
        Assert.Equal("2026-11-20", stLouis.QuerySelector("li time")!.GetAttribute("datetime"));

        var kansasCity = Region(page, "kansas-city");
        Assert.Equal(["Example Legal Aid Office"], kansasCity.QuerySelectorAll("li h3").Select(h => h.ReadableText()));
        Assert.Equal("tel:+18165550111", kansasCity.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        // A region with no entry has no heading: a reader is never shown an empty list.
        Assert.Null(page.QuerySelector("#joplin"));
    }

    [Fact]
    public async Task The_spanish_page_shows_the_spanish_words_and_marks_english_left_untranslated()
    {
        var page = await Page(Load(), "/es/help-near-you");

        var stLouis = Region(page, "st-louis");
        Assert.Equal("San Luis", stLouis.QuerySelector("h2")!.ReadableText());
        Assert.Contains("Consejería y manejo de casos.",
            stLouis.QuerySelectorAll("li p").Select(p => p.ReadableText()));
        Assert.Contains("diciembre",
            page.QuerySelector("main, body")!.ReadableText() + stLouis.QuerySelector("li .checked-on")!.ReadableText(),
            StringComparison.Ordinal);
        var untranslated = Region(page, "kansas-city").QuerySelector("li p[lang='en']")!;
        Assert.Equal("Free legal help.", untranslated.ReadableText());
    }

    [Fact]
    public void An_entry_checked_longer_ago_than_the_review_period_is_a_warning_at_its_line()
    {
        _content.Replace(File, "checked: 2026-11-21", "checked: 2026-01-05");

        var snapshot = Load();

        var warning = Assert.Single(snapshot.Warnings,
            w => w.Message.Contains("was last checked on", StringComparison.Ordinal));
        Assert.Equal("content/help-near-you.yml", warning.Path);
        Assert.Equal(LineOf("checked: 2026-01-05"), warning.Line);
        Assert.StartsWith("help-near-you: Example Legal Aid Office was last checked on 2026-01-05, over 6 months ago",
            warning.Message);
        Assert.Contains("read https://legal.example.org/ again", warning.Message);
        Assert.Contains(snapshot.Facts,
            f => f.Path == "content/help-near-you.yml" && f.What == "help-near-you: Example Legal Aid Office");
    }

    [Fact]
    public void An_entry_without_its_source_or_checked_date_is_an_error_at_its_line()
    {
        _content.Replace(File, "    source: https://legal.example.org/\n", "");
        _content.Replace(File, "    checked: 2026-11-22\n", "");

        var problems = Load().Problems.Where(p => p.Path == "content/help-near-you.yml").Select(p => p.ToString())
            .ToList();

        Assert.Contains(problems,
            p => p.StartsWith($"content/help-near-you.yml:{LineOf("- name: Example Legal Aid Office")}: " +
            $"help-near-you: Example Legal Aid Office has no source", StringComparison.Ordinal));
        Assert.Contains(problems,
            p => p.StartsWith($"content/help-near-you.yml:{LineOf("- name: Second St. Louis Office")}: " +
            $"help-near-you: Second St. Louis Office has no checked date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_file_is_reported_at_its_line_and_the_last_good_list_stays()
    {
        var first = Load();
        _content.Replace(File, "phone_dial: \"+18165550111\"", "phone_dial: \"+18165550999\"");

        var second = Load(first);

        var problem = Assert.Single(second.Problems);
        Assert.Equal("content/help-near-you.yml", problem.Path);
        Assert.Equal(LineOf("+18165550999"), problem.Line);
        Assert.Contains("does not dial the number shown as phone ((816) 555-0111", problem.Message);
        Assert.Equal(SourceState.LastGoodKept, second.StateOf("content/help-near-you.yml"));
        var kansasCity = Region(await Page(second, "/help-near-you"), "kansas-city");
        Assert.Equal("tel:+18165550111", kansasCity.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_mistyped_field_or_region_is_an_error_naming_the_valid_choices()
    {
        _content.Replace(File, "region: kansas-city", "region: kansas");
        var wrongRegion = Assert.Single(Load().Problems, p => p.Path == "content/help-near-you.yml");
        Assert.Equal(LineOf("region: kansas"), wrongRegion.Line);
        Assert.Contains("use st-louis, kansas-city, joplin", wrongRegion.Message);

        _content.Replace(File, "region: kansas", "region: kansas-city");
        _content.Replace(File, "    web: https://legal.example.org/", "    website: https://legal.example.org/");
        var unknown = Assert.Single(Load().Problems, p => p.Path == "content/help-near-you.yml");
        Assert.Equal(LineOf("website:"), unknown.Line);
        Assert.Contains("unknown field 'website'", unknown.Message);
    }

    [Fact]
    public async Task An_entry_naming_a_line_of_site_yml_shows_that_number_and_follows_a_change_there()
    {
        _content.Replace(File, "  - name: Second St. Louis Office", """
              - name: Children's Division
                region: joplin
                line: missouri-child-abuse
                offers:
                  en: Takes calls about a child.
                source: https://dss.mo.gov/cd/rptcan.htm
                checked: 2026-11-23
              - name: Second St. Louis Office
            """);
        var first = Load();
        Assert.Equal("tel:+18003923738",
            Region(await Page(first, "/help-near-you"),
            "joplin").QuerySelector("a[href^='tel:']")!.GetAttribute("href"));

        _content.Replace("site.yml", "phone: 1-800-392-3738", "phone: 1-800-555-0199");
        _content.Replace("site.yml", "phone_dial: \"+18003923738\"", "phone_dial: \"+18005550199\"");
        var call = Region(await Page(Load(first), "/help-near-you"), "joplin").QuerySelector("a[href^='tel:']")!;

        Assert.Equal(("tel:+18005550199", "1-800-555-0199"), (call.GetAttribute("href"), call.ReadableText()));
    }

    [Fact]
    public void An_entry_naming_a_line_may_not_type_its_number_again()
    {
        _content.Replace(File, "    region: kansas-city\n",
            "    region: kansas-city\n    line: missouri-child-abuse\n");

        var problem = Assert.Single(Load().Problems, p => p.Path == "content/help-near-you.yml");

        Assert.Equal(LineOf("line: missouri-child-abuse"), problem.Line);
        Assert.Contains("takes its phone and web address from site.yml's other_lines", problem.Message);
    }

    [Fact]
    public void A_page_with_the_shortcode_and_no_data_file_is_told_why()
    {
        _content.Delete(File);

        var problems = Load().Problems;

        Assert.Equal(["content/es/help-near-you.md", "content/help-near-you.md"],
            problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Contains("help-near-you.yml could not be read", p.Message));
    }
}
