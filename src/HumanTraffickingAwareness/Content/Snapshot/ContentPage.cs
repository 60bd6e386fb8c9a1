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

    /// <summary>A translation whose English has changed since it was made (or that does not say which English it was
    /// made from): whatever its front matter claims, it is shown as a machine translation, not checked.</summary>
    public bool EnglishChanged { get; init; }

    /// <summary>How readers are told the page was translated: the front matter's claim while it still holds against the
    /// current English, else "machine translation, not checked"; null on a page in the default language.</summary>
    public TranslationReview? TranslationShown(bool isDefaultLanguage) =>
        isDefaultLanguage ? null : EnglishChanged ? TranslationReview.MachineNotChecked : FrontMatter.Translation
            ?? TranslationReview.MachineNotChecked;

    public string Html => Rendered.Html;

    public IReadOnlyList<PageHeading> Headings => Rendered.Headings;

    public string Title => FrontMatter.Title;

    public string Description => FrontMatter.Description;
}
