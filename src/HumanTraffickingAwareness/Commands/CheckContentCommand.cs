using HumanTraffickingAwareness.Content;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content [PATH]</c>: checks every content file without starting the site, with the very checks the running
/// site applies, and prints one line per problem as <c>path:line: message</c>, then a summary. Exit code 0 when clean.
/// Warnings (a page or definition not yet translated) are printed as <c>path:line: warning: message</c> and do not
/// fail the check: readers are shown where the page can be read meanwhile.
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    public static int Run(string[] arguments, IConfiguration configuration, TextWriter output)
    {
        var root = arguments.Length > 0 ? Path.GetFullPath(arguments[0]) : Hosting.ContentLocation.Resolve(configuration);
        var snapshot = new ContentLoader(root).Load(ContentSnapshot.Empty);

        foreach (var problem in snapshot.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(problem.ToString());
        }

        foreach (var warning in snapshot.Warnings.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine($"{warning.Path}:{warning.Line}: warning: {warning.Message}");
        }

        var pages = snapshot.PagesByUrl.Count;
        var drafts = snapshot.PagesByUrl.Values.Count(p => p.FrontMatter.Draft);
        var problems = snapshot.Problems.Count;
        var warnings = snapshot.Warnings.Count;
        var languages = string.Join(", ", snapshot.Languages.Select(l => l.Code));
        var also = warnings == 0 ? "" : $", {warnings} {(warnings == 1 ? "warning" : "warnings")}";
        output.WriteLine(problems == 0
            ? $"{root}: {pages} pages ({drafts} drafts), {snapshot.Definitions.Count} definitions in {snapshot.Languages.Count} {(snapshot.Languages.Count == 1 ? "language" : "languages")} ({languages}): no problems{also}."
            : $"{root}: {problems} {(problems == 1 ? "problem" : "problems")} to fix{also}.");
        return problems == 0 ? 0 : 1;
    }
}
