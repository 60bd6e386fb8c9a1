using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.ReadingLevel;

/// <summary>How hard a page's own prose is to read, and where its hardest sentence is.</summary>
public sealed record PageReadingLevel(
    string Path, string Formula, double Grade, int Words, ProseSentence? Hardest, double HardestGrade);

/// <summary>
/// Measures each page's own prose (see <see cref="PageProse"/>) with its language's formula, for check-content: a
/// page above site.yml's <c>reading_grade_limit</c> is a warning that points at its hardest sentence.
/// </summary>
public static class ReadingLevelCheck
{
    public static PageReadingLevel? Measure(string markdown, string path, string languageCode)
    {
        if (ReadabilityFormula.For(languageCode) is not { } formula)
        {
            return null;
        }

        var sentences = PageProse.Of(MarkdownSource.Parse(markdown, new FileProblems(path)).Document)
            .Where(s => ReadabilityFormula.Words(s.Text).Count > 0)
            .ToList();
        var words = sentences.Sum(s => ReadabilityFormula.Words(s.Text).Count);
        var hardest = sentences.Select(s => (Sentence: s, Grade: formula.GradeOf([s.Text])))
            .OrderByDescending(s => s.Grade)
            .FirstOrDefault();
        return new PageReadingLevel(path, formula.Name, formula.GradeOf(sentences.Select(s => s.Text)), words,
            hardest.Sentence, hardest.Grade);
    }

    /// <summary>
    /// The warning for a page above the limit, at its hardest sentence; null when the page is within it.
    /// </summary>
    public static ContentProblem? Warning(PageReadingLevel level, int limit, string where = "in site.yml")
    {
        if (level.Grade <= limit || level.Hardest is null)
        {
            return null;
        }

        var excerpt = level.Hardest.Text.Length <= 80 ? level.Hardest.Text : level.Hardest.Text[..79] + "…";
        return new ContentProblem(level.Path, level.Hardest.Line,
            $"the page reads at grade {level.Grade:0.0} ({level.Formula}), above the limit of {limit} {where}: " +
            $"its hardest sentence, at grade {level.HardestGrade:0.0}, starts here: \"{excerpt}\"");
    }
}
