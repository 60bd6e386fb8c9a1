using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Content.ReadingLevel;

/// <summary>A published readability formula for one language, giving a US school grade.</summary>
public abstract partial class ReadabilityFormula
{
    public abstract string Name { get; }

    /// <summary>The formula for a language code, or null when the site has none for it.</summary>
    public static ReadabilityFormula? For(string languageCode) => languageCode switch
    {
        "en" => new FleschKincaid(),
        "es" => new FernandezHuerta(),
        _ => null,
    };

    public abstract int SyllablesOf(string word);

    public abstract double Grade(int words, int sentences, int syllables);

    /// <summary>
    /// The grade of some sentences: their words, their number and their syllables, put through the formula.
    /// </summary>
    public double GradeOf(IEnumerable<string> sentences)
    {
        int words = 0, count = 0, syllables = 0;
        foreach (var sentence in sentences)
        {
            var own = Words(sentence);
            if (own.Count == 0)
            {
                continue;
            }

            count++;
            words += own.Count;
            syllables += own.Sum(SyllablesOf);
        }

        return words == 0 ? 0 : Grade(words, count, syllables);
    }

    public static IReadOnlyList<string> Words(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value).ToList();

    // A word: letters or digits, with inner apostrophes, hyphens, dots or slashes (don't, 1-888-373-7888, U.S, 24/7).
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-./][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}

/// <summary>
/// Flesch-Kincaid grade level (Kincaid and others, 1975): 0.39 × words per sentence + 11.8 × syllables per word −
/// 15.59.
/// </summary>
public sealed class FleschKincaid : ReadabilityFormula
{
    public override string Name => "Flesch-Kincaid";

    public override int SyllablesOf(string word) => Syllables.English(word);

    public override double Grade(int words, int sentences, int syllables) =>
        0.39 * words / sentences + 11.8 * syllables / words - 15.59;
}

/// <summary>
/// Fernández-Huerta's reading ease for Spanish (1959), as corrected by Law (2011): 206.84 − 60 × syllables per word
/// − 1.02 × words per sentence, turned into a school grade by Fernández-Huerta's own table (90-100: grade 4, 80-90:
/// 5, 70-80: 6, 60-70: 7 and 8, 50-60: high school, 30-50: college), read between its steps.
/// </summary>
public sealed class FernandezHuerta : ReadabilityFormula
{
    private static readonly (double Ease, double Grade)[] Table =
        [(100, 3), (90, 4), (80, 5), (70, 6), (60, 8), (50, 12), (30, 16), (0, 18)];

    public override string Name => "Fernández-Huerta";

    public override int SyllablesOf(string word) => Syllables.Spanish(word);

    public static double Ease(int words, int sentences, int syllables) =>
        206.84 - 60.0 * syllables / words - 1.02 * words / sentences;

    public override double Grade(int words, int sentences, int syllables) =>
        GradeOfEase(Ease(words, sentences, syllables));

    public static double GradeOfEase(double ease)
    {
        if (ease >= Table[0].Ease)
        {
            return Table[0].Grade;
        }

        for (var i = 1; i < Table.Length; i++)
        {
            var (easier, harder) = (Table[i - 1], Table[i]);
            if (ease >= harder.Ease)
            {
                return harder.Grade + (easier.Grade - harder.Grade) * (ease - harder.Ease) / (
                    easier.Ease - harder.Ease);
            }
        }

        return Table[^1].Grade;
    }
}
