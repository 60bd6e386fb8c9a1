using HumanTraffickingAwareness.Content.ReadingLevel;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.ReadingLevel;

[Trait("Suite", "InProcess")]
public sealed class ReadingLevelCheckTests : IDisposable
{
    private const string Hard = """
        ---
        title: Hard
        description: d
        ---

        You can get help.

        The committee deliberated extensively regarding the implementation of multidisciplinary interventions
        addressing socioeconomic vulnerabilities, psychological consequences and intergenerational disadvantage.
        """;

    private const string Easy = """
        ---
        title: Easy
        description: d
        ---

        You can get help. Call the hotline. It is free.

        > Notwithstanding the aforementioned considerations, organizational accountability necessitates comprehensive
        > institutional evaluation of interdependent administrative responsibilities.
        >
        > — A quoted source

        | Institutional | Administrative |
        | --- | --- |
        | Comprehensive | Interdependent |

        - [Organizational accountability and institutional evaluation](https://example.org/source), a source
        """;

    // Made only by the tests that run check-content: the syllable and formula tests need no folder.
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    [Fact]
    public void A_hard_page_is_a_warning_at_its_hardest_sentence()
    {
        Disk.Write("hard.md", Hard);

        var (exit, lines) = Disk.Check();

        Assert.Equal(0, exit);
        var warning = Assert.Single(lines,
            l => l.StartsWith("content/hard.md:", StringComparison.Ordinal) && l.Contains("reads at grade",
            StringComparison.Ordinal));
        Assert.StartsWith("content/hard.md:8: warning: the page reads at grade ", warning);
        Assert.Contains("above the limit of 8 in site.yml", warning);
        Assert.Contains("\"The committee deliberated", warning);
    }

    [Fact]
    public void An_easy_page_passes_and_its_level_is_printed()
    {
        Disk.Write("easy.md", Easy);

        var (_, lines) = Disk.Check();

        var level = Assert.Single(lines, l => l.StartsWith("content/easy.md: grade", StringComparison.Ordinal));
        Assert.DoesNotContain(lines,
            l => l.StartsWith("content/easy.md:", StringComparison.Ordinal) && l.Contains("reads at grade",
            StringComparison.Ordinal));
        Assert.Matches(@"^content/easy\.md: grade -?\d+\.\d \(Flesch-Kincaid, 10 words\)$", level);
    }

    [Fact]
    public void Quotations_tables_and_lists_of_sources_are_not_measured()
    {
        var level = ReadingLevelCheck.Measure(Easy, "content/easy.md", "en")!;

        Assert.Equal(10, level.Words);
        Assert.True(level.Grade < 3, $"grade {level.Grade}");
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(16, false)]
    public void The_limit_is_read_from_site_yml(int limit, bool warned)
    {
        // About grade 12 to 13: one 20-word sentence of long words.
        Disk.Write("market.md",
            "---\ntitle: Market\ndescription: d\n---\n\n" +
            "Human trafficking is a market-driven criminal industry that is based on the principles of supply and " +
            "demand, like drugs.\n");
        Disk.Replace("site.yml", "reading_grade_limit: 8", $"reading_grade_limit: {limit}");

        var (_, lines) = Disk.Check();

        Assert.Equal(warned,
            lines.Any(l => l.StartsWith("content/market.md:6: warning: the page reads at grade",
            StringComparison.Ordinal)));
    }

    [Fact]
    public void Spanish_pages_are_measured_with_fernandez_huerta()
    {
        Disk.Write("es/facil.md",
            "---\ntitle: Fácil\ndescription: d\n---\n\nUsted puede pedir ayuda. Llame a la línea. Es gratis.\n");
        Disk.Write("es/dificil.md",
            "---\ntitle: Difícil\ndescription: d\n---\n\n" +
            "No obstante las consideraciones anteriormente mencionadas, la responsabilidad organizacional " +
            "requiere una evaluación institucional exhaustiva de las responsabilidades administrativas " +
                "interdependientes y multidisciplinarias.\n");

        var (_, lines) = Disk.Check();

        Assert.Contains(lines,
            l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^content/es/facil\.md: grade \d+\.\d \(Fernández-Huerta, 10 words\)$"));
        Assert.Contains(lines,
            l => l.StartsWith("content/es/dificil.md:6: warning: the page reads at grade ",
            StringComparison.Ordinal) && l.Contains("(Fernández-Huerta)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines,
            l => l.StartsWith("content/es/facil.md:", StringComparison.Ordinal) && l.Contains("reads at grade",
            StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hotline", 2)]
    [InlineData("trafficked", 2)]
    [InlineData("the", 1)]
    [InlineData("recognize", 3)]
    public void English_syllables_are_counted_by_vowel_groups(string word, int syllables) =>
        Assert.Equal(syllables, Syllables.English(word));

    [Theory]
    [InlineData("trata", 2)]
    [InlineData("puerta", 2)]
    [InlineData("día", 2)]
    [InlineData("explotación", 4)]
    [InlineData("hoy", 1)]
    [InlineData("aeropuerto", 5)]
    public void Spanish_syllables_follow_diphthongs_and_hiatus(string word, int syllables) =>
        Assert.Equal(syllables, Syllables.Spanish(word));

    [Theory]
    [InlineData(100, 3)]
    [InlineData(65, 7)]
    [InlineData(60, 8)]
    [InlineData(50, 12)]
    public void Fernandez_huerta_ease_becomes_a_grade_by_its_table(double ease, double grade) =>
        Assert.Equal(grade, FernandezHuerta.GradeOfEase(ease), 3);
}
