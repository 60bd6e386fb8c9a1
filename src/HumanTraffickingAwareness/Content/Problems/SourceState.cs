namespace HumanTraffickingAwareness.Content.Problems;

/// <summary>
/// What readers are shown of one content file after a load: what the log and the editors' box then say.
/// </summary>
public enum SourceState
{
    /// <summary>The file as it is now (any problem of it is a warning: readers see it with that problem).</summary>
    Published,

    /// <summary>
    /// The file has a problem; its last good version, rendered with today's numbers and words, stays.
    /// </summary>
    LastGoodKept,

    /// <summary>The file has a problem and has not been good since start-up: the copy this release was built with
    /// stands in (site.yml and the default language have one).</summary>
    BuiltInKept,

    /// <summary>The file has a problem and there is no good version of it: its page answers "being updated".</summary>
    NotShown,
}
