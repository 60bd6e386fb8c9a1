using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// A private copy of the repository's content/ in a temporary folder, so that a test can edit or break files without
/// touching the real content or another test.
/// </summary>
public sealed class TempContent : IDisposable
{
    public TempContent(bool copyRepositoryContent = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "hta-tests", Guid.NewGuid().ToString("n"), "content");
        Directory.CreateDirectory(Root);
        if (copyRepositoryContent)
        {
            foreach (var file in Directory.EnumerateFiles(RepositoryContent, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Root, Path.GetRelativePath(RepositoryContent, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string RepositoryContent => Path.Combine(RepositoryRoot, "content");

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Loads this folder as the site would, after <paramref name="previous"/> (nothing loaded before, by
    /// default).</summary>
    public HumanTraffickingAwareness.Content.Snapshot.ContentSnapshot Load(
        HumanTraffickingAwareness.Content.Snapshot.ContentSnapshot? previous = null) =>
        new HumanTraffickingAwareness.Content.Loading.SnapshotLoader(Root).Load(previous
            ?? HumanTraffickingAwareness.Content.Snapshot.ContentSnapshot.Empty);

    /// <summary>Runs <c>check-content</c> on this folder (or another), as an editor would: its exit code and output
    /// lines.</summary>
    public (int Exit, string[] Lines) Check(string? path = null) => Run([path ?? Root]);

    /// <summary>Runs <c>check-content</c> with these arguments (on the day <paramref name="today"/>, when
    /// given).</summary>
    public (int Exit, string[] Lines) Run(string[] arguments, DateOnly? today = null)
    {
        var output = new StringWriter();
        var exit = HumanTraffickingAwareness.Commands.CheckContentCommand.Run(arguments,
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), output,
            today is { } day ? new FixedTime(day) : null);
        return (exit,
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces text in a file, failing loudly if the text is not there (so a test cannot silently do
    /// nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HumanTraffickingAwareness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root above " + AppContext.BaseDirectory);
    }
}
