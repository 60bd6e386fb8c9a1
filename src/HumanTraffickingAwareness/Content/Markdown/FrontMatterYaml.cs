namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>The front matter as written, before validation. Every key an editor may use is a property here.</summary>
internal sealed class FrontMatterYaml
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public int? Weight { get; set; }

    public DateOnly? Lastmod { get; set; }

    public bool Draft { get; set; }

    public string? Translation { get; set; }

    public string? TranslatedFrom { get; set; }

    public string? Format { get; set; }
}
