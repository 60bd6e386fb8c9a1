using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The YAML data files at the top of the content folder (site.yml, statistics.yml, help-near-you.yml): add a
/// file with a property for it on the snapshot and a line in <see cref="SnapshotLoader"/> that reads it
/// here.</summary>
internal static class DataFiles
{
    /// <summary>
    /// A file that is not required may be absent (then there is nothing to show and nothing wrong); a broken one keeps
    /// its last good version. A required one (site.yml, which holds the hotline) says what it is for when it is
    /// missing, and the copy this release was built with stands in while it was never good.
    /// </summary>
    /// <param name="read">The file's reader: the value, or null with the file's problems.</param>
    /// <param name="lastGood">Where the snapshot before keeps its value.</param>
    public static T? Read<T>(LoadContext load, string name, Func<string, FileProblems, T?> read,
        Func<ContentSnapshot, T?> lastGood, string? requiredFor = null)
        where T : class
    {
        if (requiredFor is null && !load.Files.Contains(name))
        {
            return null;
        }

        var file = load.ProblemsOf(name);
        return LastGood.Resolve(load, file.Path, load.Read(name, file, text => read(text, file), requiredFor),
            () => lastGood(load.Previous), requiredFor is null ? null : () => load.BuiltIn(name, read));
    }
}
