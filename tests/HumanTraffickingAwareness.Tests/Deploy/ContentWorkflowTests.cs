using YamlDotNet.RepresentationModel;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Deploy;

/// <summary>
/// .github/workflows/content.yml, which no test here can run (it runs on GitHub): what editors rely on in it. Its
/// syntax, expressions and job graph are linted by .ci/run (actionlint).
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class ContentWorkflowTests
{
    private static readonly YamlMappingNode Jobs = ReadJobs();

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)((YamlMappingNode)Jobs[job])["steps"]).Cast<YamlMappingNode>().ToList();

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void The_check_shows_each_problem_as_an_annotation_on_its_line()
    {
        Assert.Contains(Steps("check"), s => Value(s, "run") is { } run
            && run.Contains("check-content --format github content", StringComparison.Ordinal));
    }

    [Fact]
    public void The_site_is_published_only_after_the_check_passed_and_only_from_the_default_branch()
    {
        var deploy = (YamlMappingNode)Jobs["deploy"];

        var needs = deploy["needs"] is YamlSequenceNode list
            ? list.Select(n => ((YamlScalarNode)n).Value)
            : [Value(deploy, "needs")];
        Assert.Contains("check", needs);
        Assert.Contains("github.event.repository.default_branch", Value(deploy, "if"), StringComparison.Ordinal);
        Assert.Contains("github.event_name != 'pull_request'", Value(deploy, "if"), StringComparison.Ordinal);
    }

    [Fact]
    public void Github_pages_gets_the_site_without_the_files_it_would_serve_as_files()
    {
        var steps = Steps("check");
        var removal = steps.FindIndex(s => Value(s, "run") is { } run
            && run.Contains("site/_headers", StringComparison.Ordinal)
            && run.Contains("site/_redirects", StringComparison.Ordinal));
        var upload = steps.FindIndex(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@",
            StringComparison.Ordinal) == true);

        Assert.InRange(removal, 0, upload - 1);
        var path = Value((YamlMappingNode)steps[upload]["with"], "path");
        Assert.EndsWith("/export/site", path);
    }

    private static YamlMappingNode ReadJobs()
    {
        var yaml = new YamlStream();
        var file = Path.Combine(TempContent.RepositoryRoot, ".github", "workflows", "content.yml");
        yaml.Load(new StringReader(File.ReadAllText(file)));
        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"];
    }
}
