using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Deploy;

/// <summary>
/// The Dockerfile, as far as it can be checked without a Docker engine (there is none here; .ci/run lints it with
/// dockerfile-utils): it builds with the publish command of docs/operators.md, which the published-site tests run,
/// restores before it copies the source, and the build context leaves out what the image does not need.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(TempContent.RepositoryRoot, "Dockerfile"));

    [Fact]
    public void The_image_is_built_with_the_operators_guides_publish_command()
    {
        var guide = File.ReadAllText(Path.Combine(TempContent.RepositoryRoot, "docs", "operators.md"));
        var publish = Regex.Match(guide, @"\| Publish \| `(?<command>[^`]+)`").Groups["command"].Value;

        Assert.StartsWith("dotnet publish ", publish);
        Assert.Contains($"RUN {publish}", Lines);
    }

    [Fact]
    public void Packages_are_restored_from_the_project_files_alone_before_the_source_is_copied()
    {
        var restore = Array.FindIndex(Lines, l => l.StartsWith("RUN dotnet restore ", StringComparison.Ordinal));
        var source = Array.IndexOf(Lines, "COPY . .");

        Assert.True(restore >= 0 && source > restore, "dotnet restore must come before COPY . .");
        var copiedFirst = Lines.Take(restore).Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(copiedFirst);
        // A .targets file is a project file too: the project imports its build steps (and their packages) from one.
        Assert.All(copiedFirst, l => Assert.Matches(@"^COPY (\S+\.(csproj|props|targets) )+\S+/$", l));
    }

    [Theory]
    [InlineData("tests")]
    [InlineData("bench")]
    [InlineData(".ci")]
    public void The_build_context_leaves_out_what_the_image_does_not_need(string folder)
    {
        var ignored = File.ReadAllLines(Path.Combine(TempContent.RepositoryRoot,
            ".dockerignore")).Select(l => l.Trim().TrimEnd('/'));

        Assert.Contains(folder, ignored);
    }
}
