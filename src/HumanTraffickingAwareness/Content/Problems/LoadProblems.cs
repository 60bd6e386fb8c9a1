namespace HumanTraffickingAwareness.Content.Problems;

/// <summary>Every problem and warning of one load of the content folder, in the order they were found.</summary>
public sealed class LoadProblems
{
    private readonly List<ContentProblem> _problems = [];
    private readonly List<ContentProblem> _warnings = [];

    public IReadOnlyList<ContentProblem> Problems => _problems;

    public IReadOnlyList<ContentProblem> Warnings => _warnings;

    /// <summary>
    /// A collector for one reading of one file (by the path an editor knows), adding to this load's lists.
    /// </summary>
    public FileProblems For(string path) => new(path, _problems, _warnings);

    /// <summary>A collector whose problems stay with it, but whose warnings are this load's: for a file built into
    /// this release, whose problems would not be the editors' to fix.</summary>
    public FileProblems WarningsOnly(string path) => new(path, [], _warnings);
}
