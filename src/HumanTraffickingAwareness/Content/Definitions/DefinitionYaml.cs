namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>A definition file's front matter as written, before validation.</summary>
internal sealed class DefinitionYaml
{
    public string? Term { get; set; }

    public int? Weight { get; set; }

    public string? Law { get; set; }

    public string? LawUrl { get; set; }

    public string? Source { get; set; }

    /// <summary>Where the definition can be read, when it is not a law at law_url.</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The day someone last read it at law_url (or source_url).</summary>
    public DateOnly? Checked { get; set; }

    public string? TranslatedFrom { get; set; }
}
