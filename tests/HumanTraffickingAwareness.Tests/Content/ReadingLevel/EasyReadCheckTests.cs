using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.ReadingLevel;

/// <summary>An editor writing an Easy Read page (<c>format: easy-read</c>) is told, at the line, of each sentence over
/// 15 words, and of English above grade 4; the same words on an ordinary page are not held to it.</summary>
[Trait("Suite", "InProcess")]
public sealed class EasyReadCheckTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private string[] Check(string frontMatter, string body, string file = "page.md")
    {
        _content.Write(file, $"---\ntitle: Page\ndescription: d\n{frontMatter}---\n\n{body}\n");
        var (exit, lines) = _content.Check();
        Assert.True(exit == 0, string.Join("\n", lines));
        return lines;
    }

    // 16 words, all short: long for Easy Read, but easy by any formula.
    private const string LongSentence = "You can call the hotline on the phone at any time of the day or night.";

    [Fact]
    public void A_sentence_over_15_words_on_an_easy_read_page_is_a_warning_at_its_line()
    {
        var lines = Check("format: easy-read\n",
            $"- {{{{ picture phone }}}} Call us.\n- {{{{ picture clock }}}} {LongSentence}");

        Assert.Contains(lines,
            l => l.StartsWith("content/page.md:8: warning: this sentence has 16 words; on an Easy Read page keep " +
            "each to 15 or fewer",
            StringComparison.Ordinal) && l.Contains("\"You can call the hotline", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/page.md:7:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_sentence_on_an_ordinary_page_is_no_warning()
    {
        var lines = Check("", LongSentence);

        Assert.DoesNotContain(lines, l => l.Contains("this sentence has", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_is_not_one_of_the_sentences_words()
    {
        // 15 words and a picture: within the limit.
        var lines = Check("format: easy-read\n",
            "{{ picture clock }} You can call the hotline on the phone at any time of day or night.");

        Assert.DoesNotContain(lines, l => l.Contains("this sentence has", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_easy_read_page_above_grade_4_is_a_warning_naming_the_easy_read_limit()
    {
        // Short sentences, some long words: grade 7.3, within site.yml's 8.
        const string body =
            "{{ picture book }} You can call the hotline. Trained advocates answer every conversation. They explain " +
            "your options.";

        var easyRead = Check("format: easy-read\n", body);
        var ordinary = Check("", body, "other.md");

        Assert.Contains(easyRead,
            l => l.StartsWith("content/page.md:7: warning: the page reads at grade", StringComparison.Ordinal)
            && l.Contains("above the limit of 4 for an Easy Read page (easy-read)", StringComparison.Ordinal));
        Assert.DoesNotContain(ordinary,
            l => l.StartsWith("content/other.md:6: warning: the page reads at grade", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_an_error_at_its_line()
    {
        _content.Write("page.md", "---\ntitle: Page\ndescription: d\nformat: easy\n---\n\nText.\n");

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        Assert.Contains("content/page.md:4: format: 'easy' is not a format the site knows: write format: easy-read, " +
            "or leave it out", lines);
    }

    [Fact]
    public void The_bundled_easy_read_pages_keep_every_sentence_short_and_english_within_grade_4()
    {
        var (_, lines) = new TempContent(copyRepositoryContent: false).Check(TempContent.RepositoryContent);

        Assert.DoesNotContain(lines,
            l => l.Contains("easy-read/", StringComparison.Ordinal) && l.Contains("this sentence has",
            StringComparison.Ordinal));
        Assert.DoesNotContain(lines,
            l => l.Contains("easy-read/", StringComparison.Ordinal) && l.Contains("the page reads at grade",
            StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/easy-read/help.md: grade ", StringComparison.Ordinal));
    }
}
