using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

/// <summary>What an operator types after the dll: a command, or settings for the site; a typo is neither.</summary>
[Trait("Suite", "InProcess")]
public sealed class SiteArgumentsTests
{
    /// <summary>Without Site__BaseUrl, a run that gets past the arguments stops at once, naming that setting.</summary>
    private static readonly Dictionary<string, string> NoPublicAddress = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Site__BaseUrl"] = "",
    };

    [Theory]
    [InlineData("chek-content")]
    [InlineData("serve")]
    public async Task A_misspelt_command_is_an_error_that_lists_the_commands_and_starts_nothing(string word)
    {
        var (exit, output) = await AppProcess.RunAsync([word], NoPublicAddress);

        Assert.Equal(2, exit);
        Assert.Contains($"'{word}' is not a command", output);
        Assert.Contains("check-content [PATH]", output);
        Assert.Contains("healthcheck [ADDRESS]", output);
        Assert.DoesNotContain("cannot start", output);
    }

    [Fact]
    public async Task A_misspelt_command_after_a_setting_is_an_error_too()
    {
        var (exit, output) = await AppProcess.RunAsync(["--urls", "http://127.0.0.1:5999", "chek-content"],
            NoPublicAddress);

        Assert.Equal(2, exit);
        Assert.Contains("'chek-content' is not a command", output);
    }

    [Fact]
    public async Task Aspnet_cores_own_settings_still_reach_the_site()
    {
        string[] settings = ["--urls", "http://127.0.0.1:5999", "--environment", "Production",
            "AllowedHosts=example.org", "/Memory:Release", "false", "--Logging:LogLevel:Default=Warning"];

        Assert.Null(SiteArguments.UnknownWord(settings));
        // Past the arguments: the site itself stops, on the setting it lacks.
        var (exit, output) = await AppProcess.RunAsync(settings, NoPublicAddress);
        Assert.Equal(1, exit);
        Assert.Contains("Site__BaseUrl", output);
        Assert.DoesNotContain("is not a command", output);
    }
}
