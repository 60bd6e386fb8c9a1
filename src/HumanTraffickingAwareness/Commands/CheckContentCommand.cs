using HumanTraffickingAwareness.Content;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content [PATH]</c>: checks every content file without starting the site, with the very checks the running
/// site applies, and prints one line per problem as <c>path:line: message</c>, then a summary. Exit code 0 when clean.
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

        var pages = snapshot.PagesByUrl.Count;
        var drafts = snapshot.PagesByUrl.Values.Count(p => p.FrontMatter.Draft);
        var problems = snapshot.Problems.Count;
        output.WriteLine(problems == 0
            ? $"{root}: {pages} pages ({drafts} drafts), {snapshot.Definitions.Count} definitions: no problems."
            : $"{root}: {problems} {(problems == 1 ? "problem" : "problems")} to fix.");
        return problems == 0 ? 0 : 1;
    }
}
