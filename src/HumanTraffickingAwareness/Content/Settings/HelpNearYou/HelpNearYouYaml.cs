using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings.HelpNearYou;

/// <summary><c>help-near-you.yml</c> as written, before validation.</summary>
internal sealed class HelpNearYouYaml
{
    public List<HelpRegionYaml>? Regions { get; set; }

    public List<HelpEntryYaml>? Entries { get; set; }
}

internal sealed class HelpRegionYaml : IHasSourceLine
{
    public string? Id { get; set; }

    /// <summary>The region's name by language code: <c>en: St. Louis</c>, <c>es: San Luis</c>.</summary>
    public Dictionary<string, string>? Name { get; set; }

    public int SourceLine { get; set; }
}

internal sealed class HelpEntryYaml : IHasSourceLine
{
    public string? Name { get; set; }

    public string? Region { get; set; }

    /// <summary>The id of one of site.yml's other_lines, whose number and address are then shown: a number site.yml
    /// already has is written only there.</summary>
    public string? Line { get; set; }

    public string? Phone { get; set; }

    public string? PhoneDial { get; set; }

    public string? Web { get; set; }

    /// <summary>What the organisation offers, by language code.</summary>
    public Dictionary<string, string>? Offers { get; set; }

    public string? Source { get; set; }

    public DateOnly? Checked { get; set; }

    public int SourceLine { get; set; }
}
