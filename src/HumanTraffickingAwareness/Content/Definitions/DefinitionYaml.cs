namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>A definition file's front matter as written, before validation.</summary>
internal sealed class DefinitionYaml
{
    public string? Term { get; set; }

    public int? Weight { get; set; }

    public string? Law { get; set; }

    public string? LawUrl { get; set; }

    public string? Source { get; set; }
}
