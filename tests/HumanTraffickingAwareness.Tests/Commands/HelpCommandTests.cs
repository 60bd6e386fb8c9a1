using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

[Trait("Suite", "InProcess")]
public sealed class HelpCommandTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Asking_for_help_lists_the_commands_and_exits_without_starting_the_site(string argument)
    {
        var (exit, output) = await AppProcess.RunAsync([argument]);

        Assert.Equal(0, exit);
        Assert.Contains("run the site", output);
        Assert.Contains("check-content [PATH]", output);
        Assert.Contains("check-content --format github", output);
        Assert.Contains("healthcheck [ADDRESS]", output);
        Assert.Contains("export DIR", output);
        Assert.DoesNotContain("Now listening", output);
    }

    [Fact]
    public async Task Help_lists_the_settings_a_site_needs()
    {
        var (_, output) = await AppProcess.RunAsync(["--help"]);

        foreach (var setting in new[] { "Site__BaseUrl", "Content__Path", "AllowedHosts", "ASPNETCORE_URLS",
            "ForwardedHeaders__KnownNetworks__0" })
        {
            Assert.Contains(setting, output);
        }
    }
}
