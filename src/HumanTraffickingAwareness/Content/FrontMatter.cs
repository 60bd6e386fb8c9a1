namespace HumanTraffickingAwareness.Content;

/// <summary>The validated YAML block at the top of a page. Field names follow Hugo/Jekyll so editors know them.</summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    int? Weight,
    DateOnly? LastMod,
    bool Draft);
