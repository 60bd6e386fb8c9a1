using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Settings.HelpNearYou;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// A YAML data file at the top of the content folder, and how it is read. A file that is not required may be
/// absent (then there is nothing to show and nothing wrong); a broken one keeps its last good version.
/// </summary>
/// <param name="Read">Its reader: the value, or null with the file's problems.</param>
/// <param name="LastGood">Where the snapshot before keeps its value.</param>
internal sealed record DataFile<T>(string Name, Func<string, FileProblems, T?> Read, Func<ContentSnapshot, T?> LastGood)
    where T : class
{
    /// <summary>Set for a file the site cannot do without: what it is for, told when it is missing.</summary>
    public string? RequiredFor { get; init; }

    /// <summary>Whether the copy this release was built with (built-in/) stands in while the file was never
    /// good.</summary>
    public bool HasBuiltIn { get; init; }
}

/// <summary>The data files, each one entry: add a file here, a property for it on the snapshot, and a line in
/// <see cref="SnapshotLoader"/> that reads it with <see cref="Read"/>.</summary>
internal static class DataFiles
{
    /// <summary>site.yml: required, and built in, so that the hotline is always there to show.</summary>
    public static readonly DataFile<SiteSettings> Site =
        new(SiteSettingsReader.FileName, SiteSettingsReader.Read, s => s.Site)
        {
            RequiredFor = "it holds the hotline's numbers and the menu",
            HasBuiltIn = true,
        };

    public static readonly DataFile<HotlineStatistics> Statistics =
        new(StatisticsReader.FileName, StatisticsReader.Read, s => s.Statistics);

    /// <summary>
    /// help-near-you.yml: its entries may name site.yml's other lines, and carry each language's words.
    /// </summary>
    public static DataFile<HelpDirectory> HelpNearYou(
        IReadOnlyList<string> languages, IReadOnlyList<OtherLine> lines) =>
        new(HelpNearYouReader.FileName, (yaml, file) => HelpNearYouReader.Read(yaml, languages, lines, file),
            s => s.HelpNearYou);

    /// <returns>What readers are shown of the file, and why; null for a file that is not required and not
    /// there.</returns>
    public static Shown<T>? Read<T>(LoadContext load, DataFile<T> data)
        where T : class
    {
        if (data.RequiredFor is null && !load.Files.Contains(data.Name))
        {
            return null;
        }

        var file = load.ProblemsOf(data.Name);
        var text = data.RequiredFor is { } purpose
            ? load.ReadRequired(data.Name, purpose, file)
            : load.ReadText(data.Name, file);
        var now = text is null ? null : LoadContext.Guarded(file, () => data.Read(text, file));
        return LastGood.Resolve(file.Path, now, () => data.LastGood(load.Previous),
            data.HasBuiltIn ? () => load.BuiltIn(data.Name, data.Read) : null, load.Previous.StateOf(file.Path));
    }
}
