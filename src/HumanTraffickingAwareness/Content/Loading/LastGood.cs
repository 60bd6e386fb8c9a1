using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>Where what readers are shown of one content file comes from.</summary>
internal enum ShownFrom
{
    /// <summary>The file as it is now: it is sound.</summary>
    TheFile,

    /// <summary>The file has problems (reported under its path); its last good version stays.</summary>
    LastGood,

    /// <summary>The file has problems and was never good: what this release was built with stands in.</summary>
    BuiltIn,

    /// <summary>The file has problems and nothing can stand in: its page answers "being updated".</summary>
    Nothing,
}

/// <summary>What readers are shown of one content file (by the path its problems are reported under), and
/// why.</summary>
internal readonly record struct Shown<T>(string Path, T? Value, ShownFrom From)
    where T : class
{
    /// <summary>What the editors' box, the log, /healthz and the metrics say of the file.</summary>
    public KeyValuePair<string, SourceState> State => new(Path, From switch
    {
        ShownFrom.TheFile => SourceState.Published,
        ShownFrom.Nothing => SourceState.NotShown,
        ShownFrom.BuiltIn => SourceState.BuiltInKept,
        _ => SourceState.LastGoodKept,
    });
}

/// <summary>
/// The one rule for every content file (a page, a definition, a language, site.yml, statistics.yml): the file as it is
/// now when it is sound; else its last good version; else the one this release was built with, where there is one;
/// else nothing. A file that is broken never takes down the others, and what readers saw stays.
/// </summary>
internal static class LastGood
{
    /// <param name="now">What was read of the file now; null when it has problems (already reported).</param>
    /// <param name="lastGood">The file's last good version, read again with today's numbers and words; null if
    /// none.</param>
    /// <param name="builtIn">What stands in for a file that was never good; null where nothing may.</param>
    /// <param name="before">What was shown of the file before: a built-in stand-in kept is still the built-in
    /// one, so that /healthz and the metrics need no memory of their own.</param>
    public static Shown<T> Resolve<T>(string path, T? now, Func<T?> lastGood, Func<T?>? builtIn = null,
        SourceState before = SourceState.Published)
        where T : class =>
        now is not null ? new(path, now, ShownFrom.TheFile)
        : lastGood() is { } kept
            ? new(path, kept, before == SourceState.BuiltInKept ? ShownFrom.BuiltIn : ShownFrom.LastGood)
        : builtIn?.Invoke() is { } standIn ? new(path, standIn, ShownFrom.BuiltIn)
        : new(path, null, ShownFrom.Nothing);

    /// <summary>A file that cannot be shown at all (a name the site cannot use): a problem says why.</summary>
    public static KeyValuePair<string, SourceState> NotShown(string path) => new(path, SourceState.NotShown);
}
