using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Hosting.Metrics;

/// <summary>
/// How many content files of each part are not served as they are now: from their last good version, from the
/// built-in fallback (a file kept although it was never good since start-up: site.yml and the default language have
/// one compiled in), or not at all (their page answers "being updated"). Every part and state is always reported,
/// zeros included, so a series never vanishes from a dashboard.
/// </summary>
internal sealed class ContentFallbacks
{
    public static readonly string[] Parts =
        ["folder", "settings", "statistics", "language", "definition", "page", "other"];
    public static readonly string[] States = ["last_good", "built_in", "not_shown"];

    private int[,] _counts = new int[Parts.Length, States.Length];

    /// <summary>The last load's counts, indexed as <see cref="Parts"/> and <see cref="States"/>.</summary>
    public int[,] Counts => Volatile.Read(ref _counts);

    public void Observe(ContentSnapshot snapshot)
    {
        var counts = new int[Parts.Length, States.Length];
        foreach (var (path, state) in snapshot.Sources.Where(s => s.Value != SourceState.Published))
        {
            var served = state switch { SourceState.LastGoodKept => 0, SourceState.BuiltInKept => 1, _ => 2 };
            counts[Array.IndexOf(Parts, PartOf(path, snapshot)), served]++;
        }

        Volatile.Write(ref _counts, counts);
    }

    /// <summary>Problems are reported under the content folder's name, then the file's path inside it.</summary>
    private static string PartOf(string path, ContentSnapshot snapshot)
    {
        var slash = path.IndexOf('/');
        if (slash < 0)
        {
            return "folder";
        }

        var relative = path[(slash + 1)..];
        return relative switch
        {
            SiteSettingsReader.FileName => "settings",
            StatisticsReader.FileName => "statistics",
            _ when relative.StartsWith(LanguageReader.Folder + "/", StringComparison.Ordinal) => "language",
            _ when relative.StartsWith(DefinitionReader.Folder + "/", StringComparison.Ordinal) => "definition",
            _ when snapshot.PageFiles.ContainsKey(path) => "page",
            _ => "other",
        };
    }
}
