using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// Which problems an editor previewing a page should see: those of the page's file and of the shared files.
/// </summary>
public static class EditorProblems
{
    // A page file's problems belong to its page; those of every other file (site.yml, statistics.yml, a language, a
    // definition) to every page, since each may show what that file holds.
    public static IReadOnlyList<ContentProblem> For(ContentSnapshot snapshot, string url)
    {
        var address = UrlPaths.Normalize(url);
        return snapshot.Problems
            .Where(p => !snapshot.PageFiles.TryGetValue(p.Path, out var pageUrl) || pageUrl == address)
            .ToList();
    }

    /// <summary>The warnings of the page's own file (such as a translation no fluent reader has checked): the log
    /// names each only once, check-content lists them all, and the editor previewing the page sees them here.</summary>
    public static IReadOnlyList<ContentProblem> WarningsFor(ContentSnapshot snapshot, string url)
    {
        var address = UrlPaths.Normalize(url);
        return snapshot.Warnings
            .Where(w => snapshot.PageFiles.TryGetValue(w.Path, out var pageUrl) && pageUrl == address)
            .ToList();
    }
}

/// <summary>What the editors' problem box shows, and what readers meanwhile see of the page's file.</summary>
public sealed record EditorProblemsView(
    IReadOnlyList<ContentProblem> Problems, SourceState Shown, IReadOnlyList<ContentProblem>? Warnings = null);
