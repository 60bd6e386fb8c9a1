namespace HumanTraffickingAwareness.Content.Problems;

/// <summary>
/// The problems (and warnings) found in one reading of one content file, located by the path an editor knows. A
/// reader adds to it and asks <see cref="HasAny"/> whether what it read can be used; what it adds also goes into the
/// load's lists (<see cref="LoadProblems.For"/>), in the order found. One made on its own keeps them to itself: for
/// re-reading a last good version, whose problems were reported when it was written.
/// </summary>
public sealed class FileProblems
{
    private readonly List<ContentProblem> _problems;
    private readonly List<ContentProblem> _warnings;

    public FileProblems(string path)
        : this(path, [], [])
    {
    }

    internal FileProblems(string path, List<ContentProblem> problems, List<ContentProblem> warnings)
    {
        Path = path;
        _problems = problems;
        _warnings = warnings;
    }

    public string Path { get; }

    /// <summary>How many problems this file has had since this collector was made.</summary>
    public int Count { get; private set; }

    public bool HasAny => Count > 0;

    /// <summary>A mistake: what was read is not used (a last good version stays, or nothing is shown).</summary>
    public void Add(int line, string message)
    {
        _problems.Add(new ContentProblem(Path, line, message));
        Count++;
    }

    /// <summary>
    /// Something readers should not see for long (an untranslated text), that does not stop the file.
    /// </summary>
    public void Warn(int line, string message) => _warnings.Add(new ContentProblem(Path, line, message));
}
