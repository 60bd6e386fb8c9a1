using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

[Trait("Suite", "InProcess")]
public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_200_when_content_is_loaded_and_says_nothing_else()
    {
        using var site = new SiteFactory();
        var response = await site.CreatePlainClient().GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_is_503_when_content_could_not_be_loaded()
    {
        using var empty = new TempContent(copyRepositoryContent: false);
        using var site = new SiteFactory(empty.Root);

        var response = await site.CreatePlainClient().GetAsync("/healthz");

        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_healthcheck_command_reports_a_running_site_healthy_and_a_missing_one_not()
    {
        using var site = new KestrelSite();
        var output = new StringWriter();

        Assert.Equal(0, await HealthCheckCommand.RunAsync([new Uri(site.Address, "/healthz").ToString()], output));
        Assert.Equal(1, await HealthCheckCommand.RunAsync(["http://127.0.0.1:1/healthz"], output));
    }
}
