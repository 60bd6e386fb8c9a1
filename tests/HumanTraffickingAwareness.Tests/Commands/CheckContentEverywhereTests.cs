using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

/// <summary>check-content tells an editor every problem of every file in one run, wherever the content folder
/// is.</summary>
[Trait("Suite", "InProcess")]
public sealed class CheckContentEverywhereTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_broken_site_file_does_not_hide_the_problems_of_the_other_files()
    {
        _content.Replace("site.yml", "emergency_number: \"911\"", "emergency_numbr: \"911\"");
        _content.Replace("learn.md", "title: Learn", "titel: Learn");
        _content.Replace("es/safety.md", "## ", "{{ hotlin phone }}\n\n## ");

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("content/site.yml:") && l.Contains("emergency_numbr"));
        Assert.Contains(lines, l => l.StartsWith("content/learn.md:") && l.Contains("titel"));
        Assert.Contains(lines, l => l.StartsWith("content/es/safety.md:") && l.Contains("hotlin"));
    }

    [Fact]
    public void Links_to_the_sites_own_files_are_found_when_the_content_folder_is_elsewhere()
    {
        // TempContent lives in the temporary folder, far from the repository's wwwroot/.
        _content.Replace("learn.md", "## Who is Vulnerable?",
            "![The hotline's numbers](/images/share.png)\n\n[The stylesheet](/css/site.css)\n\n## Who is Vulnerable?");

        var (exit, lines) = _content.Check();

        Assert.True(exit == 0, string.Join("\n", lines));
    }
}
