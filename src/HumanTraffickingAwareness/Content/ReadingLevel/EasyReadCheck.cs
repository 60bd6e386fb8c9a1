using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.ReadingLevel;

/// <summary>
/// What check-content holds an Easy Read page (<c>format: easy-read</c>) to, on top of every page's reading level:
/// each sentence at most 15 words (Easy Read's own rule: one idea a sentence, 10 to 15 words), and in English a
/// reading grade of at most 4 rather than site.yml's limit.
/// </summary>
public static class EasyReadCheck
{
    public const int MostWords = 15;

    public const int EnglishGradeLimit = 4;

    /// <summary>
    /// The grade limit of a page: 4 for an English Easy Read page (never above site.yml's), else site.yml's.
    /// </summary>
    public static (int Limit, string Where) GradeLimit(FrontMatter frontMatter, string languageCode, int siteLimit) =>
        frontMatter.Format == PageFormat.EasyRead && languageCode == "en" && EnglishGradeLimit < siteLimit
            ? (EnglishGradeLimit, $"for an Easy Read page ({FrontMatterReader.EasyReadFormat})")
            : (siteLimit, "in site.yml");

    /// <summary>A warning at each sentence of an Easy Read page longer than 15 words; none for another page.</summary>
    public static IEnumerable<ContentProblem> LongSentences(FrontMatter frontMatter, string markdown, string path)
    {
        if (frontMatter.Format != PageFormat.EasyRead)
        {
            yield break;
        }

        foreach (var sentence in PageProse.Of(MarkdownSource.Parse(markdown, new FileProblems(path)).Document))
        {
            var words = ReadabilityFormula.Words(sentence.Text).Count;
            if (words > MostWords)
            {
                var excerpt = sentence.Text.Length <= 80 ? sentence.Text : sentence.Text[..79] + "…";
                yield return new ContentProblem(path, sentence.Line,
                    $"this sentence has {words} words; on an Easy Read page keep each to {MostWords} or fewer, one " +
                        $"idea a sentence: \"{excerpt}\"");
            }
        }
    }
}
