using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>What editors see when they write a page: what becomes a page, and how mistakes are reported.</summary>
[Trait("Suite", "InProcess")]
public sealed class SnapshotLoaderTests
{
    private readonly InMemoryContent _content = new();

    private ContentSnapshot Load(ContentSnapshot? previous = null) => _content.Load(previous);

    [Fact]
    public void Each_markdown_file_is_a_page_at_the_address_of_its_path()
    {
        _content.Write("guide/index.md", "---\ntitle: Guide\ndescription: d\n---\nText\n");
        _content.Write("guide/faq.md", "---\ntitle: FAQ\ndescription: d\n---\nText\n");

        var snapshot = Load();

        Assert.Equal("Guide", snapshot.FindPage("/guide")!.Title);
        Assert.Equal("FAQ", snapshot.FindPage("/guide/faq")!.Title);
        Assert.Equal("/", snapshot.FindPage("/")!.Url);
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void Readme_files_and_files_starting_with_underscore_are_not_pages()
    {
        _content.Write("README.md", "# Guide for editors\n");
        _content.Write("_notes.md", "---\ntitle: Notes\ndescription: d\n---\n");
        _content.Write("_drafts/idea.md", "---\ntitle: Idea\ndescription: d\n---\n");

        var snapshot = Load();

        Assert.Null(snapshot.FindPage("/readme"));
        Assert.Null(snapshot.FindPage("/_notes"));
        Assert.Null(snapshot.FindPage("/_drafts/idea"));
        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public void Missing_title_is_reported_with_path_and_line()
    {
        _content.Write("about.md", "---\ndescription: About us\n---\nText\n");

        var snapshot = Load();

        Assert.Null(snapshot.FindPage("/about"));
        Assert.Contains("content/about.md:1: front matter is missing the required field 'title'", Messages(snapshot));
    }

    [Fact]
    public void Missing_description_is_reported()
    {
        _content.Write("about.md", "---\ntitle: About\n---\nText\n");

        Assert.Contains("content/about.md:1: front matter is missing the required field 'description'",
            Messages(Load()));
    }

    [Fact]
    public void Unknown_front_matter_field_is_reported_on_its_line()
    {
        _content.Write("about.md", "---\ntitle: About\ndescription: d\ntitel: typo\n---\nText\n");

        var problem = Assert.Single(Load().Problems);
        Assert.Equal("content/about.md", problem.Path);
        Assert.Equal(4, problem.Line);
        Assert.Contains("unknown field 'titel'", problem.Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_on_its_line()
    {
        _content.Write("about.md", "---\ntitle: About\ndescription: [unclosed\nweight: 3\n---\nText\n");

        var problem = Assert.Single(Load().Problems);
        Assert.Equal("content/about.md", problem.Path);
        Assert.InRange(problem.Line, 3, 5);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_reported()
    {
        _content.Write("about.md", "---\ntitle: About\ndescription: d\nlastmod: next week\n---\nText\n");

        var problem = Assert.Single(Load().Problems);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported_rather_than_shown_as_text()
    {
        _content.Write("about.md", "---\ntitle: About\ndescription: d\n\n## Section\n");

        var snapshot = Load();

        Assert.Null(snapshot.FindPage("/about"));
        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/about.md" && p.Line == 1 && p.Message.Contains("never closed"));
    }

    [Fact]
    public void A_byte_order_mark_before_the_front_matter_is_ignored()
    {
        _content.Write("about.md", "\uFEFF---\ntitle: About\ndescription: d\n---\nText\n");

        Assert.Equal("About", Load().FindPage("/about")!.Title);
    }

    [Fact]
    public void Two_files_claiming_one_address_are_reported()
    {
        _content.Write("help.md", "---\ntitle: Help\ndescription: d\n---\n");
        _content.Write("help/index.md", "---\ntitle: Other help\ndescription: d\n---\n");

        var snapshot = Load();

        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/help/index.md" && p.Message.Contains("same address /help"));
    }

    [Fact]
    public void A_broken_page_keeps_its_last_good_version_while_the_others_update()
    {
        var first = Load();
        _content.Replace("learn.md", "title: Learn", "title: [broken");
        _content.Replace("index.md", "You can help.", "You can help today.");

        var second = Load(first);

        Assert.Equal("Learn", second.FindPage("/learn")!.Title);
        Assert.Contains("You can help today.", second.FindPage("/")!.Html);
        Assert.Contains(second.Problems, p => p.Path == "content/learn.md" && p.Line == 2);
    }

    [Fact]
    public void A_broken_file_at_start_up_does_not_stop_the_other_pages()
    {
        _content.Replace("learn.md", "title: Learn", "title: [broken");

        var snapshot = Load();

        Assert.Null(snapshot.FindPage("/learn"));
        Assert.NotNull(snapshot.FindPage("/"));
        Assert.True(snapshot.IsServable);
        Assert.Contains(snapshot.Problems, p => p.Path == "content/learn.md" && p.Line == 2);
    }

    [Fact]
    public void A_broken_site_file_keeps_the_last_good_settings()
    {
        var first = Load();
        _content.Replace("site.yml", "phone: 1-888-373-7888", "phone: [1-888");

        var second = Load(first);

        Assert.Equal("1-888-373-7888", second.Site!.Hotline.PhoneDisplay);
        Assert.Contains(second.Problems, p => p.Path == "content/site.yml");
    }

    [Fact]
    public void A_site_file_with_an_unknown_setting_is_reported_on_its_line()
    {
        _content.Replace("site.yml", "emergency_number: \"911\"", "emergency_numbr: \"911\"");

        var problem = Assert.Single(Load().Problems);
        Assert.Equal("content/site.yml", problem.Path);
        Assert.Contains("unknown field 'emergency_numbr'", problem.Message);
        Assert.Equal(_content.ReadLines("site.yml").ToList().FindIndex(l => l.StartsWith("emergency_numbr")) + 1,
            problem.Line);
    }

    [Fact]
    public void Navigation_to_a_page_that_does_not_exist_is_reported()
    {
        _content.Replace("site.yml", "  - url: /learn", "  - url: /lern");

        var snapshot = Load();

        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/site.yml" && p.Message.Contains("/lern") && p.Line > 1);
        Assert.DoesNotContain(snapshot.Navigation, l => l.Url == "/lern");
    }

    [Fact]
    public void Navigation_labels_default_to_the_page_title()
    {
        var snapshot = Load();

        Assert.Contains(snapshot.Navigation, l => l.Url == "/learn" && l.Label == "Learn");
        Assert.Contains(snapshot.Navigation, l => l.Url == "/" && l.Label == "Home");
    }

    private static List<string> Messages(ContentSnapshot snapshot) => snapshot.Problems.Select(p => p.ToString())
        .ToList();
}
