using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Content.ReadingLevel;

/// <summary>Counts a word's syllables, by the usual rules of thumb of each language (no dictionary).</summary>
public static partial class Syllables
{
    /// <summary>English: groups of vowels, less a silent final e, es or ed ("hotline" 2, "trafficked" 2).</summary>
    public static int English(string word)
    {
        var letters = new string(word.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray());
        if (letters.Length == 0)
        {
            return 1;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        letters = SilentEnding().Replace(letters, "");
        letters = letters.StartsWith('y') ? letters[1..] : letters;
        return Math.Max(1, EnglishVowelGroup().Count(letters));
    }

    /// <summary>
    /// Spanish: one syllable per vowel, except that a weak vowel (i, u, ü, or y at the end of a word) next to another
    /// vowel joins it (diphthong: "puer-ta", "hoy"); two strong vowels, or an accented í or ú, are two ("dí-a").
    /// </summary>
    public static int Spanish(string word)
    {
        var letters = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        if (letters.Length == 0)
        {
            return 1;
        }

        var count = 0;
        var previous = '\0';
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var isVowel = IsSpanishVowel(c)
                || (c == 'y' && i == letters.Length - 1 && i > 0 && IsSpanishVowel(letters[i - 1]));
            if (!isVowel)
            {
                previous = '\0';
                continue;
            }

            var joinsPrevious = previous != '\0' && !(IsStrong(previous) && IsStrong(c)) && !IsAccentedWeak(previous)
                && !IsAccentedWeak(c);
            if (!joinsPrevious)
            {
                count++;
            }

            previous = c;
        }

        return Math.Max(1, count);
    }

    private static bool IsSpanishVowel(char c) => "aeiouáéíóúü".Contains(c);

    private static bool IsStrong(char c) => "aeoáéóíú".Contains(c);

    private static bool IsAccentedWeak(char c) => c is 'í' or 'ú';

    [GeneratedRegex("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex EnglishVowelGroup();
}
