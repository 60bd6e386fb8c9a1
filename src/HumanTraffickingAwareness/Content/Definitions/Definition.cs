namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>
/// A legal definition, from one file in <c>content/_definitions/</c> (another language's in
/// <c>content/es/_definitions/</c>): written once, shown on the definitions page and wherever a page places <c>{{
/// definitions }}</c>. Its id (the file name) is its stable anchor: /definitions#id, /es/definitions#id.
/// </summary>
/// <param name="PageUrl">
/// The page of its language that lists every definition; it is linked to there, wherever it is shown.
/// </param>
public sealed record Definition(
    string Id,
    string Term,
    int Weight,
    string? Law,
    string? LawUrl,
    string Source,
    string Html,
    string PlainText,
    string SourcePath,
    string PageUrl)
{
    /// <summary>
    /// The definitions page, as the default language has it; each language has its own (/es/definitions).
    /// </summary>
    public const string NeutralPageUrl = "/definitions";

    public string Anchor => $"{PageUrl}#{Id}";

    /// <summary>
    /// The file's text it was read from, rendered again by a later load while the file has a problem.
    /// </summary>
    public string SourceText { get; init; } = "";

    /// <summary>The day the definition was last read at its source (law_url or source_url).</summary>
    public DateOnly? Checked { get; init; }

    /// <summary>
    /// Where it was read and when, and each <c>{{ checked }}</c> written in its text: reviewed by check-content.
    /// </summary>
    public IReadOnlyList<Facts.Fact> Facts { get; init; } = [];

    /// <summary>
    /// A translation's <c>translated_from:</c>, the version of the English definition it was made from.
    /// </summary>
    public string? TranslatedFrom { get; init; }

    public int TranslatedFromLine { get; init; } = 1;
}
