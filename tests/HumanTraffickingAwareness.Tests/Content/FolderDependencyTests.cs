using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using HumanTraffickingAwareness.Tests.Infrastructure;
using HumanTraffickingAwareness.Content.Loading;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace HumanTraffickingAwareness.Tests.Content;

/// <summary>
/// The folders of Content/ depend on each other in one direction only, so a newcomer can follow a page from its
/// file to its bytes without going round in circles. Read from the compiled code (ArchUnitNET: every type a method
/// touches), not from using lines, which a partly qualified name slips past.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class FolderDependencyTests
{
    private const string ContentNamespace = "HumanTraffickingAwareness.Content";

    private static readonly Architecture Site = new ArchLoader().LoadAssemblies(typeof(SnapshotLoader).Assembly)
        .Build();

    /// <summary>
    /// The order docs/architecture.md lists them in: a folder may only use folders before it, so no two folders
    /// depend on each other, even through others. (ArchUnitNET 0.13.5's slices take Markdown.Shortcodes for a slice of
    /// its own, so its cycle rule would flag Markdown and its own subfolder.)
    /// </summary>
    private static readonly string[] ArchitectureOrder =
        ["Problems", "Files", "Yaml", "Templates", "Languages", "Markdown", "Facts", "Settings", "Statistics",
            "Definitions", "Snapshot", "Checks", "ReadingLevel", "Loading"];

    [Fact]
    public void Each_folder_uses_only_the_folders_the_architecture_guide_lists_before_it()
    {
        var folders = Directory.GetDirectories(Path.Combine(TempContent.RepositoryRoot, "src",
            "HumanTraffickingAwareness", "Content")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ArchitectureOrder.Order(StringComparer.Ordinal), folders);
        var guide = File.ReadAllText(Path.Combine(TempContent.RepositoryRoot, "docs", "architecture.md"));
        Assert.Equal(ArchitectureOrder,
            ArchitectureOrder.OrderBy(folder => guide.IndexOf($"- `{folder}/`", StringComparison.Ordinal)));

        foreach (var (folder, index) in ArchitectureOrder.Select((folder, index) => (folder, index)).SkipLast(1))
        {
            var later = Types().That().ResideInNamespaceMatching(InFolders(ArchitectureOrder[(index + 1)..]));
            Types().That().ResideInNamespaceMatching(InFolders(folder)).Should().NotDependOnAny(later)
                .Because("docs/architecture.md lists those folders after " + folder).Check(Site);
        }
    }

    [Fact]
    public void The_loading_folder_is_the_only_one_that_knows_them_all()
    {
        // A sanity check of the reader itself: a dependency that certainly exists is seen.
        Assert.True(Depends("Loading", "Markdown"));
        Assert.True(Depends("Statistics", "Languages"));
        Types().That().ResideInNamespaceMatching(InFolders(ArchitectureOrder[..^1]))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(InFolders("Loading"))).Check(Site);
    }

    /// <summary>The namespaces of these folders of Content/ and of the folders under them.</summary>
    private static string InFolders(params string[] folders) =>
        $@"^{Regex.Escape(ContentNamespace)}\.({string.Join('|', folders)})(\..+)?$";

    private static bool Depends(string from, string to)
    {
        var (source, target) = (new Regex(InFolders(from)), new Regex(InFolders(to)));
        return Site.Types.Where(t => source.IsMatch(t.Namespace.FullName))
            .Any(t => t.Dependencies.Any(d => target.IsMatch(d.Target.Namespace.FullName)));
    }
}
