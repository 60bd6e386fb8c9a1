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
        return dialled.TrimStart().StartsWith("+1", StringComparison.Ordinal) && shownDigits.Length == 10 && dialledDigits == "1" + shownDigits;
    }

    private static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));
}
