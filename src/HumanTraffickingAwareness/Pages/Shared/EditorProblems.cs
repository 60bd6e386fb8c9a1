using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>Which problems an editor previewing a page should see: those of the page's file and of the shared files.</summary>
public static class EditorProblems
{
    public static IReadOnlyList<ContentProblem> For(ContentSnapshot snapshot, string url) =>
        snapshot.Problems
            .Where(p => IsSharedFile(p.Path) || UrlOf(p.Path) == UrlPaths.Normalize(url))
            .ToList();

    // site.yml, statistics.yml and the definitions feed every page that shows them.
    private static bool IsSharedFile(string path) =>
        !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.Contains("/_", StringComparison.Ordinal);

    private static string? UrlOf(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? null : UrlPaths.FromRelativeFile(path[(slash + 1)..]);
    }
}

/// <summary>What the editors' problem box shows, and what readers meanwhile see of the page's file.</summary>
public sealed record EditorProblemsView(IReadOnlyList<ContentProblem> Problems, SourceState Shown);
