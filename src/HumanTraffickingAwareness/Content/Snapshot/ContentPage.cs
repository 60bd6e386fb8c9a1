using HumanTraffickingAwareness.Content.Markdown;

namespace HumanTraffickingAwareness.Content.Snapshot;

/// <summary>One rendered page, immutable: a reload builds new pages rather than changing these.</summary>
public sealed record ContentPage(
    string Url,
    string SourcePath,
    string Language,
    FrontMatter FrontMatter,
    Markdown.RenderedMarkdown Rendered)
{
    /// <summary>The Markdown it was rendered from: a later load renders it again, with that day's numbers and words,
    /// while the file itself has a problem.</summary>
    public string SourceText { get; init; } = "";

    public string Html => Rendered.Html;

    public IReadOnlyList<PageHeading> Headings => Rendered.Headings;

    public string Title => FrontMatter.Title;

    public string Description => FrontMatter.Description;
}
