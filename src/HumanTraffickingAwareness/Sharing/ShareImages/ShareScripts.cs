using System.Globalization;
using System.Text;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>The few facts about Unicode scripts the image's layout needs and .NET does not expose.</summary>
internal static class ShareScripts
{
    /// <summary>Arabic letters and marks (Arabic, Supplement, Extended-A and the presentation forms).</summary>
    public static bool IsArabic(int c) =>
        c is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    /// <summary>Han ideographs (the common block and extension A) and CJK punctuation.</summary>
    public static bool IsHan(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0x3000 and <= 0x303F) or (>= 0xFF00 and <= 0xFFEF);

    /// <summary>Letters written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and others.</summary>
    public static bool IsRightToLeftLetter(Rune r) =>
        Rune.IsLetter(r)
        && r.Value is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF);

    /// <summary>A mark drawn on the letter before it (an Arabic vowel sign, a combining accent), or a joiner.</summary>
    public static bool IsAttached(Rune r) =>
        Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format
        || r.Value is >= 0xFE00 and <= 0xFE0F;
}
