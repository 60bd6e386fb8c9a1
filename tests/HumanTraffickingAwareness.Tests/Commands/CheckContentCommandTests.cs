using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

[Trait("Suite", "InProcess")]
public sealed class CheckContentCommandTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private (int Exit, string[] Lines) Check(string? path = null) => _content.Check(path);

    [Fact]
    public void The_bundled_content_is_clean()
    {
        var (exit, lines) = Check(TempContent.RepositoryContent);

        // Warnings only: pages not translated yet, translations no fluent reader has checked yet.
        Assert.Equal(0, exit);
        Assert.Contains("no problems", lines[^1]);
        Assert.All(lines[..^1],
            l => Assert.Matches(@"^content/\S+\.md: grade \d+\.\d \(|^content/\S+:\d+: warning: ", l));
    }

    private static bool IsReadingLevel(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^content/\S+\.md: grade \d+\.\d \(");

    [Fact]
    public void Each_problem_is_one_line_with_path_and_line_then_a_summary()
    {
        _content.Replace("learn.md", "title: Learn", "titel: Learn");
        _content.Replace("statistics.yml", "cases: 240", "cases: -240");

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/learn.md:2: unknown field 'titel'", StringComparison.Ordinal));
        Assert.Contains(lines,
            l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^content/statistics\.yml:\d+: '-240' is negative"));
        Assert.All(lines[..^1].Where(l => !IsReadingLevel(l)), l => Assert.Matches(@"^content/[^:]+:\d+: .+", l));
        Assert.Contains("problems to fix", lines[^1]);
    }

    [Fact]
    public void Links_to_missing_pages_and_sections_are_reported()
    {
        _content.Write("help.md",
            "---\ntitle: Help\ndescription: d\n---\n\n" +
            "See [this](/lern), [that](/learn#no-such-section) and [ok](/learn#who-is-vulnerable).\n\n" +
            "[Back to top](#missing)\n");

        var (_, lines) = Check();

        Assert.Contains("content/help.md:6: the link /lern leads to no page of this site", lines);
        Assert.Contains("content/help.md:6: the link /learn#no-such-section points to a section 'no-such-section' " +
            "that /learn does not have", lines);
        Assert.Contains("content/help.md:8: the link #missing points to a section 'missing' that /help does not have",
            lines);
        Assert.DoesNotContain(lines, l => l.Contains("who-is-vulnerable"));
    }

    [Fact]
    public void Links_to_definitions_tables_and_files_of_wwwroot_are_fine()
    {
        _content.Write("help.md",
            "---\ntitle: Help\ndescription: d\n---\n\n" +
            "[a](/definitions#sex-trafficking) [b](/statistics#table-missouri) [c](/sitemap.xml)\n");

        var (exit, lines) = Check();

        Assert.True(exit == 0, string.Join("\n", lines));
    }

    [Fact]
    public void Images_that_do_not_exist_or_have_no_alt_text_are_reported()
    {
        _content.Write("help.md",
            "---\ntitle: Help\ndescription: d\n---\n\n![A photo](/images/missing.jpg)\n\n![](/images/share.png)\n");

        var (_, lines) = Check();

        Assert.Contains(lines,
            l => l.StartsWith("content/help.md:6: the image /images/missing.jpg does not exist",
            StringComparison.Ordinal));
        Assert.Contains(lines,
            l => l.StartsWith("content/help.md:8: the image /images/share.png has no alt text",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_draft_is_reported_and_drafts_themselves_are_not_link_checked()
    {
        _content.Write("soon.md",
            "---\ntitle: Soon\ndescription: d\ndraft: true\n---\n\n[broken on purpose](/nowhere)\n");
        _content.Write("help.md", "---\ntitle: Help\ndescription: d\n---\n\n[soon](/soon)\n");

        var (_, lines) = Check();

        Assert.Contains("content/help.md:6: the link /soon leads to a draft, which readers cannot see", lines);
        Assert.DoesNotContain(lines, l => l.Contains("/nowhere"));
    }

    [Fact]
    public void Headings_that_skip_a_level_are_reported()
    {
        _content.Write("help.md", "---\ntitle: Help\ndescription: d\n---\n\n## Section\n\n#### Too deep\n");

        var (_, lines) = Check();

        Assert.Contains(lines,
            l => l.StartsWith("content/help.md:8: this heading skips a level", StringComparison.Ordinal));
    }
}
