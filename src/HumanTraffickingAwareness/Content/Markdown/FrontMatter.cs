namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// The validated YAML block at the top of a page. Field names follow Hugo/Jekyll so editors know them.
/// </summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    int? Weight,
    DateOnly? LastMod,
    bool Draft)
{
    /// <summary>How a translated page was translated and checked; null when the page does not say.</summary>
    public TranslationReview? Translation { get; init; }

    /// <summary>
    /// The line of <c>translation:</c>, or of the opening <c>---</c> when there is none: where a warning points.
    /// </summary>
    public int TranslationLine { get; init; } = 1;

    /// <summary>
    /// The short hash of the English text this translation was made from (<c>translated_from:</c>), or null.
    /// </summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>The line of <c>translated_from:</c>, or of <c>translation:</c> when there is none.</summary>
    public int TranslatedFromLine { get; init; } = 1;

    /// <summary>
    /// <c>format: easy-read</c>: a page written for readers with intellectual or learning disabilities.
    /// </summary>
    public PageFormat Format { get; init; } = PageFormat.Standard;
}

/// <summary>How a page is written, and so how it is laid out and checked.</summary>
public enum PageFormat
{
    /// <summary>No <c>format:</c>: the site's usual page.</summary>
    Standard,

    /// <summary><c>format: easy-read</c>: one idea a row with a picture on its left, large type, short sentences,
    /// checked for sentences over 15 words and a lower reading grade.</summary>
    EasyRead,
}

/// <summary>The answers <c>translation:</c> allows, from least to most trustworthy, as editors write them.</summary>
public enum TranslationReview
{
    /// <summary><c>machine translation, not checked</c></summary>
    MachineNotChecked,

    /// <summary>
    /// <c>machine translation, checked by back-translation</c>: translated back into English by another tool and
    /// compared.
    /// </summary>
    MachineCheckedByBackTranslation,

    /// <summary>
    /// <c>checked by a fluent reader</c>: someone who reads the language well has read it against the English.
    /// </summary>
    CheckedByFluentReader,
}
