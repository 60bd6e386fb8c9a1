using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// <c>translated_from: 3f9a1c2b7d4e</c>: the short hash of the English text a translation was made from, written by
/// <c>check-content --mark-translated</c> in a translated page's or definition's front matter and a language file.
/// </summary>
public static partial class TranslatedFrom
{
    public const string Field = "translated_from";

    /// <summary>The folder that keeps a copy of the English each translation was made from, by the translation's
    /// path (<c>_translated-from/de/help.md</c>): never published, it lets check-content name the paragraphs that
    /// changed since.</summary>
    public const string CopiesFolder = "_translated-from";

    public static bool IsWellFormed(string hash) => Hash().IsMatch(hash);

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex Hash();
}
