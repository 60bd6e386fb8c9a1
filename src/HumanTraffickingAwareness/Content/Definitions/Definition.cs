namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>
/// A legal definition, from one file in <c>content/_definitions/</c>: written once, shown on the definitions page and
/// wherever a page places <c>{{ definitions }}</c>. Its id (the file name) is its stable anchor: /definitions#id.
/// </summary>
public sealed record Definition(
    string Id,
    string Term,
    int Weight,
    string? Law,
    string? LawUrl,
    string Source,
    string Html,
    string PlainText,
    string SourcePath)
{
    /// <summary>The page that lists every definition; each is linked to there, wherever it is shown.</summary>
    public const string PageUrl = "/definitions";

    public string Anchor => $"{PageUrl}#{Id}";
}
