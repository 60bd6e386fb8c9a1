namespace HumanTraffickingAwareness.Content.Problems;

/// <summary>
/// A mistake in a content file, located the way an editor's text editor counts: the path as the editor knows it
/// (starting with the content folder's name) and a 1-based line.
/// </summary>
public sealed record ContentProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
