namespace HumanTraffickingAwareness.Content;

/// <summary>One rendered page, immutable: a reload builds new pages rather than changing these.</summary>
public sealed record ContentPage(
    string Url,
    string SourcePath,
    string Language,
    FrontMatter FrontMatter,
    string Html,
    IReadOnlyList<PageHeading> Headings,
    DateTimeOffset LastModified)
{
    public string Title => FrontMatter.Title;

    public string Description => FrontMatter.Description;
}

/// <summary>A section heading of a page and the stable id it can be linked to with.</summary>
public sealed record PageHeading(int Level, string Id, string Text);
