namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>How one load of the content folder ended and how long reading it took: what the site's metrics count.</summary>
public readonly record struct ContentLoadTiming(ContentLoadOutcome Outcome, TimeSpan Took);

public enum ContentLoadOutcome
{
    /// <summary>Readers are now shown what was read.</summary>
    SwappedIn,

    /// <summary>The files changed while they were read: what readers see stays as it was, and the folder is read again.</summary>
    StillChanging,

    /// <summary>The load threw: the last good version stays in service.</summary>
    Failed,
}
