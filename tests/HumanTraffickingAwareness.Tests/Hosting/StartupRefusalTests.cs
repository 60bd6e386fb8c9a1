using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>An operator who forgets a required setting reads one line saying what to set, not a stack trace.</summary>
[Trait("Suite", "InProcess")]
public sealed class StartupRefusalTests
{
    [Fact]
    public async Task Without_a_public_address_the_site_says_in_one_line_what_to_set_and_exits()
    {
        var (exit, output) = await AppProcess.RunAsync(["--urls", "http://127.0.0.1:5998"], new Dictionary<string,
            string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Site__BaseUrl"] = "",
        });

        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Site__BaseUrl", line);
        Assert.Contains("https://example.org", line);
        Assert.DoesNotContain("Exception", output);
    }
}
