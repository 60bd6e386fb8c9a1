using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.ReadingLevel;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Sharing.ShareImages;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content [PATH]</c>: checks every content file without starting the site, with the very checks the running
/// site applies, and prints one line per problem as <c>path:line: message</c>, then a summary. Exit code 0 when clean.
/// Warnings (a page or definition not yet translated) are printed as <c>path:line: warning: message</c> and do not
/// fail the check: readers are shown where the page can be read meanwhile. Each page's reading level is printed as
/// <c>path: grade 6.2 (Flesch-Kincaid, 540 words)</c>, and a page above site.yml's limit is a warning at its hardest
/// sentence (an Easy Read page is also held to short sentences and, in English, grade 4: <see cref="EasyReadCheck"/>).
/// A fact checked longer ago than site.yml's fact_review_months is a warning; <c>--facts</c> lists every fact oldest
/// first (<see cref="FactsReport"/>), and <c>--mark-translated FILE</c> marks a translation current
/// (<see cref="MarkTranslated"/>). <c>--format github</c> writes problems and warnings as GitHub Actions annotations
/// (<see cref="GitHubAnnotations"/>).
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    /// <param name="time">Today, for the facts due for review (a test sets the day).</param>
    public static int Run(string[] arguments, IConfiguration configuration, TextWriter output,
        TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var format = FormatOption(ref arguments);
        if (format is not (GitHubAnnotations.Text or GitHubAnnotations.GitHub))
        {
            output.WriteLine($"{GitHubAnnotations.Option} is {GitHubAnnotations.Text} (the default) or "
                + $"{GitHubAnnotations.GitHub}, such as: {Name} {GitHubAnnotations.Option} github content");
            return 2;
        }

        var github = format == GitHubAnnotations.GitHub;
        var option = arguments.FirstOrDefault() is FactsReport.Option or MarkTranslated.Option ? arguments[0] : null;
        var markFile = option == MarkTranslated.Option ? arguments.ElementAtOrDefault(1) : null;
        if (option == MarkTranslated.Option && markFile is null)
        {
            output.WriteLine($"{MarkTranslated.Option} needs the translation to mark, such as: "
                + $"{Name} {MarkTranslated.Option} de/help.md");
            return 2;
        }

        arguments = arguments.Skip(option is null ? 0 : markFile is null ? 1 : 2).ToArray();
        var root = arguments.Length > 0 ? Path.GetFullPath(arguments[0])
            : Hosting.ContentLocation.Resolve(configuration);
        var snapshot = new SnapshotLoader(root) { Time = time }.Load(ContentSnapshot.Empty);
        if (markFile is not null)
        {
            return MarkTranslated.Run(root, markFile, snapshot.Site?.Language ?? "en", output);
        }

        if (option == FactsReport.Option)
        {
            FactsReport.Write(snapshot, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), output);
            return snapshot.Problems.Count == 0 ? 0 : 1;
        }

        foreach (var problem in snapshot.Problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(github ? GitHubAnnotations.Error(problem, root) : problem.ToString());
        }

        var levels = ReadingLevels(snapshot);
        foreach (var (_, level) in levels)
        {
            output.WriteLine($"{level.Path}: grade {level.Grade:0.0} ({level.Formula}, {level.Words} words)");
        }

        var siteLimit = snapshot.Site?.ReadingGradeLimit ?? SiteSettingsReader.DefaultReadingGradeLimit;
        var readingWarnings = levels.Select(l =>
            EasyReadCheck.GradeLimit(l.Page.FrontMatter, l.Page.Language, siteLimit) is var (limit, where)
            ? ReadingLevelCheck.Warning(l.Level, limit, where) : null).OfType<ContentProblem>();
        var longSentences = snapshot.PagesByUrl.Values.SelectMany(p =>
            EasyReadCheck.LongSentences(p.FrontMatter, p.SourceText, p.SourcePath));
        var allWarnings = snapshot.Warnings.Concat(readingWarnings).Concat(longSentences)
            .Concat(ShareImageGlyphCheck.Warnings(snapshot, root)).ToList();
        foreach (var warning in allWarnings.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line))
        {
            output.WriteLine(github
                ? GitHubAnnotations.Warning(warning, root)
                : $"{warning.Path}:{warning.Line}: warning: {warning.Message}");
        }

        var pages = snapshot.PagesByUrl.Count;
        var drafts = snapshot.PagesByUrl.Values.Count(p => p.FrontMatter.Draft);
        var problems = snapshot.Problems.Count;
        var warnings = allWarnings.Count;
        var languages = string.Join(", ", snapshot.Languages.Select(l => l.Code));
        var also = warnings == 0 ? "" : $", {warnings} {(warnings == 1 ? "warning" : "warnings")}";
        output.WriteLine(problems == 0
            ? $"{root}: {pages} pages ({drafts} drafts), {snapshot.Definitions.Count} definitions in " +
                $"{snapshot.Languages.Count} {(snapshot.Languages.Count == 1 ? "language" : "languages")} " +
                $"({languages}): no problems{also}."
            : $"{root}: {problems} {(problems == 1 ? "problem" : "problems")} to fix{also}.");
        return problems == 0 ? 0 : 1;
    }

    /// <summary>Takes <c>--format FORMAT</c> out of the arguments, wherever it is: its value, <c>text</c> when absent,
    /// null when the value is missing.</summary>
    private static string? FormatOption(ref string[] arguments)
    {
        var index = Array.IndexOf(arguments, GitHubAnnotations.Option);
        if (index < 0)
        {
            return GitHubAnnotations.Text;
        }

        var value = arguments.ElementAtOrDefault(index + 1);
        arguments = arguments.Take(index).Concat(arguments.Skip(index + 2)).ToArray();
        return value;
    }

    /// <summary>Each page's reading level, measured on the text the load read (never the file again: it may be a pipe,
    /// or have changed since).</summary>
    private static List<(ContentPage Page, PageReadingLevel Level)> ReadingLevels(ContentSnapshot snapshot) =>
        snapshot.PagesByUrl.Values
            .OrderBy(p => p.SourcePath, StringComparer.Ordinal)
            .Select(page => (Page: page, Level: ReadingLevelCheck.Measure(
                page.SourceText, page.SourcePath, page.Language)))
            .Where(p => p.Level is not null)
            .Select(p => (p.Page, p.Level!))
            .ToList();
}
