using System.Globalization;
using System.Text;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// Characters that cannot be seen but change what text looks like: a right-to-left override in
/// <c>1-888-\u202E373-7888</c> shows 1-888-8887-373 on the banner and on paper, while the link still dials the right
/// number. Control (Cc) and format (Cf) characters are refused, except the few a script needs between its letters.
/// </summary>
public static class InvisibleCharacters
{
    // The names of those an editor is likely to have pasted; the others are told by their code alone.
    private static readonly Dictionary<int, string> Names = new()
    {
        ['\u00AD'] = "SOFT HYPHEN",
        ['\u061C'] = "ARABIC LETTER MARK",
        ['\u200B'] = "ZERO WIDTH SPACE",
        ['\u200C'] = "ZERO WIDTH NON-JOINER",
        ['\u200D'] = "ZERO WIDTH JOINER",
        ['\u200E'] = "LEFT-TO-RIGHT MARK",
        ['\u200F'] = "RIGHT-TO-LEFT MARK",
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING",
        ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING",
        ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE",
        ['\u2028'] = "LINE SEPARATOR",
        ['\u2029'] = "PARAGRAPH SEPARATOR",
        ['\u2060'] = "WORD JOINER",
        ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE",
        ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE",
        ['\uFEFF'] = "ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK)",
    };

    /// <summary>
    /// The first character of a setting's value (site.yml, statistics.yml, a language, front matter) that must not be
    /// there, or -1. Joiners and the soft hyphen are let through only between two letters, where a script such as
    /// Persian or Hindi needs them: never beside a digit, so no number can hold one.
    /// </summary>
    public static int FirstInValue(string value) => First(value, 0, i => IsLetterJoiner(value[i]) && i > 0
        && i < value.Length - 1 && IsLetterOrMark(value[i - 1]) && IsLetterOrMark(value[i + 1]));

    /// <summary>
    /// The first character of a page's Markdown body that must not be there, or -1: prose may hold the joiners and
    /// the soft hyphen anywhere (they neither reorder nor hide anything), never a direction control or another
    /// format or control character.
    /// </summary>
    public static int FirstInProse(string text, int start = 0) => First(text, start, i => IsLetterJoiner(text[i]));

    /// <summary>
    /// How a message names the character at <paramref name="index"/>: U+202E (RIGHT-TO-LEFT OVERRIDE).
    /// </summary>
    public static string Describe(string text, int index)
    {
        var code = Rune.GetRuneAt(text, index).Value;
        return $"U+{code:X4}" + (Names.TryGetValue(code, out var name) ? $" ({name})" : "");
    }

    /// <summary>The message for an editor, the same for every file.</summary>
    public static string Problem(string text, int index) =>
        $"this holds the invisible character {Describe(text, index)}, which can change how " +
            "the text around it is shown " +
        "(a number read backwards, in another order): delete it, or type the text again";

    // By code point, not by UTF-16 unit: the tag characters (U+E0000-U+E007F) are format characters beyond 16 bits.
    private static bool IsRefused(string text, int index) =>
        text[index] is not ('\t' or '\n' or '\r') && !char.IsLowSurrogate(text[index])
        && Rune.TryGetRuneAt(text, index, out var rune) && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control
            or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static int First(string text, int start, Func<int, bool> allowed) =>
        Enumerable.Range(start, Math.Max(text.Length - start, 0))
            .FirstOrDefault(i => IsRefused(text, i) && !allowed(i), -1);

    // ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER and SOFT HYPHEN.
    private static bool IsLetterJoiner(char c) => c is '\u200C' or '\u200D' or '\u00AD';

    private static bool IsLetterOrMark(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(
            c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
