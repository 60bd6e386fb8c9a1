using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

/// <summary>
/// check-content --format github, which the content workflow runs: each problem becomes an annotation GitHub shows on
/// the changed file's line in the pull request, where an editor working in the browser sees it.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class CheckContentGitHubFormatTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_broken_file_is_an_error_annotation_on_its_line()
    {
        _content.Replace("learn.md", "title: Learn", "titel: Learn");

        var (exit, lines) = _content.Run(["--format", "github", _content.Root]);

        Assert.Equal(1, exit);
        const string Expected = "::error file=content/learn.md,line=2,title=Content problem::unknown field 'titel'";
        Assert.Contains(lines, l => l.StartsWith(Expected, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/learn.md:2:", StringComparison.Ordinal));
        Assert.Contains("problem to fix", lines[^1]);
    }

    [Fact]
    public void Warnings_are_warning_annotations_and_do_not_fail_the_check()
    {
        var (exit, lines) = _content.Run([_content.Root, "--format", "github"]);

        // The bundled content has warnings only (pages not translated yet, translations not checked yet).
        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.StartsWith("::warning file=content/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(": warning: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_path_is_from_the_repository_root_when_the_content_folder_is_deeper()
    {
        var repository = Path.GetDirectoryName(_content.Root)!;
        var deeper = Path.Combine(repository, "site", "content");
        Directory.CreateDirectory(Path.Combine(repository, "site"));
        Directory.Move(_content.Root, deeper);
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        File.WriteAllText(Path.Combine(deeper, "learn.md"),
            File.ReadAllText(Path.Combine(deeper, "learn.md")).Replace("title: Learn", "titel: Learn"));

        var (exit, lines) = _content.Run(["--format", "github", deeper]);

        Assert.Equal(1, exit);
        const string Expected = "::error file=site/content/learn.md,line=2,";
        Assert.Contains(lines, l => l.StartsWith(Expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_percent_sign_or_a_line_break_in_a_message_is_escaped_as_GitHub_documents()
    {
        var problem = new ContentProblem("content/a,b:c.md", 3, "50% of\r\nvictims");

        var line = GitHubAnnotations.Error(problem, _content.Root);

        Assert.Equal("::error file=content/a%2Cb%3Ac.md,line=3,title=Content problem::50%25 of%0D%0Avictims", line);
    }

    [Fact]
    public void A_percent_sign_an_editor_typed_reaches_the_annotation_escaped()
    {
        _content.Replace("learn.md", "title: Learn", "ti%0Atle: Learn");

        var (_, lines) = _content.Run(["--format", "github", _content.Root]);

        const string Expected =
            "::error file=content/learn.md,line=2,title=Content problem::unknown field 'ti%250Atle'";
        Assert.Contains(lines, l => l.StartsWith(Expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_that_is_no_day_is_an_annotation_in_words_an_editor_reads()
    {
        _content.Replace("site.yml", "checked: 2026-11-25", "checked: 2026-13-25");

        var (exit, lines) = _content.Run(["--format", "github", _content.Root]);

        Assert.Equal(1, exit);
        const string Expected = "::error file=content/site.yml,line=28,title=Content problem::"
            + "'2026-13-25' is not a date: write it as year-month-day, such as 2026-12-05";
        Assert.Contains(Expected, lines);
    }

    [Fact]
    public void Without_the_option_the_output_is_the_usual_path_line_message()
    {
        _content.Replace("learn.md", "title: Learn", "titel: Learn");

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        const string Expected = "content/learn.md:2: unknown field 'titel'";
        Assert.Contains(lines, l => l.StartsWith(Expected, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_that_names_the_formats()
    {
        var (exit, lines) = _content.Run(["--format", "xml", _content.Root]);

        Assert.Equal(2, exit);
        Assert.Contains(lines, l => l.Contains("github", StringComparison.Ordinal));
    }
}
