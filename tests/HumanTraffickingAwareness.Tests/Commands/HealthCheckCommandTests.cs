using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Commands;

/// <summary><c>healthcheck</c>, as the Dockerfile's HEALTHCHECK and an operator run it.</summary>
[Trait("Suite", "InProcess")]
public sealed class HealthCheckCommandTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Fact]
    public async Task Given_the_sites_address_it_asks_the_health_endpoint()
    {
        var output = new StringWriter();

        var exit = await HealthCheckCommand.RunAsync([site.Address.ToString()], output);

        Assert.Equal(0, exit);
        Assert.Equal($"{new Uri(site.Address, "/healthz")}: 200", output.ToString().Trim());
    }

    [Fact]
    public async Task Given_the_health_endpoint_itself_it_asks_it_once()
    {
        var output = new StringWriter();

        Assert.Equal(0, await HealthCheckCommand.RunAsync([new Uri(site.Address, "/healthz").ToString()], output));
        Assert.Equal($"{new Uri(site.Address, "/healthz")}: 200", output.ToString().Trim());
    }

    [Theory]
    [InlineData("ASPNETCORE_HTTP_PORTS", "{0}")]
    [InlineData("ASPNETCORE_URLS", "http://+:{0}")]
    public async Task Without_an_address_it_asks_the_port_the_site_is_set_to_listen_on(string setting, string value)
    {
        var listening = string.Format(System.Globalization.CultureInfo.InvariantCulture, value, site.Address.Port);

        var (exit, output) = await AppProcess.RunAsync([HealthCheckCommand.Name],
            new Dictionary<string, string> { [setting] = listening });

        Assert.True(exit == 0, output);
        Assert.Contains($"http://127.0.0.1:{site.Address.Port}/healthz: 200", output);
    }
}
