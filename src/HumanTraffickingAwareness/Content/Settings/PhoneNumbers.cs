namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// Whether a number as readers see it (1-888-373-7888) and as a phone dials it (+18883737888) are the same number: a
/// banner that shows one number and dials another is the worst mistake this site can make.
/// </summary>
public static class PhoneNumbers
{
    public static bool SameNumber(string shown, string dialled)
    {
        var shownDigits = Digits(shown);
        var dialledDigits = Digits(dialled);
        if (shownDigits.Length > 0 && shownDigits == dialledDigits)
        {
            return true;
        }

        // North American numbers are usually shown without their country code: 888-373-7888 is +1 888 373 7888.
        return dialled.TrimStart().StartsWith("+1", StringComparison.Ordinal) && shownDigits.Length == 10
            && dialledDigits == "1" + shownDigits;
    }

    /// <summary>
    /// The one check of a setting's two forms of a number, for the hotline and every other line: why the dialled form
    /// is not the shown one, or null when it is. <paramref name="owner"/> names the setting, such as "hotline: ".
    /// </summary>
    public static string? Mismatch(string owner, string shown, string dialled, int shownLine) =>
        !IsPlainlyWritten(shown)
            ? $"{owner}phone '{shown.Trim()}' (line {shownLine}) may hold only digits, " +
                "letters as on a keypad, spaces, " +
              "hyphens, dots, brackets and +, typed on an ordinary keyboard: another character (a combining mark, a " +
              "wide digit, an unusual space) can change how the number looks on the banner and on paper"
            : SameNumber(shown, dialled)
                ? null
                : $"{owner}phone_dial {dialled} does not dial the number shown as phone ({shown.Trim()}, line " +
                    $"{shownLine}): make them the same number";

    // What a reader copies onto paper must be what the phone dials: nothing but the keys of a phone and plain
    // separators.
    private static bool IsPlainlyWritten(string shown) =>
        shown.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '+');

    /// <summary>A word to text (HELP): ASCII letters and digits only, so no look-alike letter (a Cyrillic Е, a wide
    /// Ｈ) or second word can change what a reader sends.</summary>
    public static bool IsPlainKeyword(string keyword) =>
        keyword.Trim().Length > 0 && keyword.Trim().All(char.IsAsciiLetterOrDigit);

    /// <summary>
    /// Whether two numbers written by hand are the same: their digits (letters as a phone's keypad dials them, so
    /// 1-800-THE-LOST is 1-800-843-5678), one of them perhaps without the North American country code 1.
    /// </summary>
    public static bool SameDigits(string one, string other)
    {
        var (a, b) = (KeypadDigits(one), KeypadDigits(other));
        return a.Length > 0 && (a == b || a == "1" + b || b == "1" + a);
    }

    /// <summary>The digits a phone dials for a number: 2 for A, B or C, ... 9 for W, X, Y or Z.</summary>
    public static string KeypadDigits(string number) =>
        string.Concat(number.Where(char.IsAsciiLetterOrDigit)
            .Select(c => char.IsAsciiDigit(c) ? c : Keypad[char.ToUpperInvariant(c) - 'A']));

    private const string Keypad = "22233344455566677778889999";

    private static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));
}
