using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content --format github</c>: each problem and warning as a GitHub Actions workflow command
/// (<c>::error file=content/help.md,line=12,title=Content problem::message</c>), which GitHub shows as an annotation on
/// that line of the pull request, so an editor working in the browser sees the mistake where it is. Paths are relative
/// to the repository root (the nearest folder above the content holding <c>.git</c>), as GitHub matches them.
/// Escaping follows GitHub's toolkit (core/src/command.ts): <c>%</c>, CR and LF in the message; also <c>:</c> and
/// <c>,</c> in a property, which would otherwise end it.
/// </summary>
public static class GitHubAnnotations
{
    public const string Option = "--format";
    public const string Text = "text";
    public const string GitHub = "github";

    public static string Error(ContentProblem problem, string contentRoot) =>
        Command("error", "Content problem", problem, contentRoot);

    public static string Warning(ContentProblem problem, string contentRoot) =>
        Command("warning", "Content warning", problem, contentRoot);

    private static string Command(string kind, string title, ContentProblem problem, string contentRoot)
    {
        var line = problem.Line > 0 ? $",line={problem.Line}" : "";
        return $"::{kind} file={Property(RepositoryPath(problem.Path, contentRoot))}{line},title={Property(title)}::"
            + Data(problem.Message);
    }

    /// <summary>The problem's path (which starts with the content folder's name) from the repository root: a content
    /// folder at site/content in the repository gives site/content/help.md. Outside a repository, the path as is.
    /// </summary>
    public static string RepositoryPath(string problemPath, string contentRoot)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(contentRoot));
        for (var folder = parent; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            // A worktree or submodule has a .git file, a clone a .git folder.
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
            {
                var prefix = Path.GetRelativePath(folder, parent!).Replace('\\', '/');
                return prefix == "." ? problemPath : $"{prefix}/{problemPath}";
            }
        }

        return problemPath;
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
