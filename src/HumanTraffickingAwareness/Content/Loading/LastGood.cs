using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// The one rule for every content file (a page, a definition, a language, site.yml, statistics.yml): the file as it is
/// now when it is sound; else its last good version; else the one this release was built with, where there is one;
/// else nothing. A file that is broken never takes down the others, and what readers saw stays.
/// </summary>
internal static class LastGood
{
    /// <summary>What readers are shown of one file (by the path its problems are reported under); where it comes from
    /// is told to the load, for the editors' box, the log, /healthz and the metrics.</summary>
    /// <param name="now">What was read of the file now; null when it has problems (already reported).</param>
    /// <param name="lastGood">The file's last good version, read again with today's numbers and words; null if
    /// none.</param>
    /// <param name="builtIn">What stands in for a file that was never good; null where nothing may.</param>
    public static T? Resolve<T>(LoadContext load, string path, T? now, Func<T?> lastGood, Func<T?>? builtIn = null)
        where T : class
    {
        // A built-in stand-in kept is still the built-in one, so that /healthz and the metrics need no memory of
        // their own.
        var (shown, from) = now is not null ? (now, SourceState.Published)
            : lastGood() is { } kept ? (kept, load.Previous.StateOf(path) == SourceState.BuiltInKept
                ? SourceState.BuiltInKept : SourceState.LastGoodKept)
            : builtIn?.Invoke() is { } standIn ? (standIn, SourceState.BuiltInKept)
            : (null, SourceState.NotShown);
        load.Sources[path] = from;
        return shown;
    }
}
