namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>How one load of the content folder ended, and how long reading it took (for the site's metrics).</summary>
public readonly record struct LoadTiming(LoadOutcome Outcome, TimeSpan Took);

public enum LoadOutcome
{
    /// <summary>Readers are now shown what was read.</summary>
    SwappedIn,

    /// <summary>The files changed while they were read: readers keep what they had; the folder is read again.</summary>
    StillChanging,

    /// <summary>The load threw: the last good version stays in service.</summary>
    Failed,
}
