using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Commands;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// What the Docker HEALTHCHECK, Kubernetes' probes and a load balancer read: whether the process answers, whether
/// this replica should get readers, and each part that is degraded.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class HealthProbeTests
{
    [Fact]
    public async Task Without_content_the_process_is_live_but_not_ready_so_it_is_not_restarted_in_a_loop()
    {
        using var empty = new TempContent(copyRepositoryContent: false);
        using var site = new SiteFactory(empty.Root);
        var client = site.CreatePlainClient();

        Assert.Equal(200, (int)(await client.GetAsync("/healthz/live")).StatusCode);
        Assert.Equal(503, (int)(await client.GetAsync("/healthz/ready")).StatusCode);
    }

    [Fact]
    public async Task With_content_the_site_is_live_and_ready()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        Assert.Equal("Healthy", await (await client.GetAsync("/healthz/live")).Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await (await client.GetAsync("/healthz/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_allowed_hosts_set_probes_by_ip_address_still_get_the_health_while_other_hosts_are_refused()
    {
        using var site = new SiteFactory();
        site.Settings["AllowedHosts"] = "example.org";
        var client = site.CreatePlainClient();

        foreach (var path in new[] { "/healthz", "/healthz/live", "/healthz/ready" })
        {
            using var probe = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = "10.1.2.3:8080" } };
            Assert.Equal(200, (int)(await client.SendAsync(probe)).StatusCode);
        }

        foreach (var path in new[] { "/learn", "/healthz/../learn", "/healthz/anything" })
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Host = "10.1.2.3:8080" } };
            Assert.Equal(400, (int)(await client.SendAsync(page)).StatusCode);
        }

        using var named = new HttpRequestMessage(HttpMethod.Get, "/learn") { Headers = { Host = "example.org" } };
        Assert.Equal(200, (int)(await client.SendAsync(named)).StatusCode);
    }

    [Fact]
    public async Task The_healthcheck_command_reports_a_healthy_site_locked_to_its_public_name()
    {
        using var site = KestrelSite.With(new Dictionary<string, string> { ["AllowedHosts"] = "example.org" });
        var output = new StringWriter();

        var exit = await HealthCheckCommand.RunAsync([site.Address.ToString()], output);

        Assert.True(exit == 0, output.ToString());
    }

    [Fact]
    public async Task A_broken_site_file_after_start_up_is_named_as_served_from_its_last_good_version()
    {
        using var content = new TempContent();
        using var site = new SiteFactory(content.Root);
        var client = site.CreatePlainClient();
        Assert.Equal("Healthy", await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync());

        content.Replace("site.yml", "phone: 1-888-373-7888", "phone: [1-888-373-7888");

        var health = await Eventually.ReturnsAsync(async () =>
            await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync(),
            text => text != "Healthy", "the broken site.yml to be noticed");
        Assert.Equal("Degraded: content/site.yml is served from its last good version until it is fixed", health);
    }

    [Fact]
    public async Task A_site_file_broken_since_start_up_is_named_as_a_built_in_fallback()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "phone: 1-888-373-7888", "phone: [1-888-373-7888");
        using var site = new SiteFactory(content.Root);

        var response = await site.CreatePlainClient().GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Degraded: content/site.yml has not been good since start-up: a built-in fallback stands in " +
            "until it is fixed",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Share_images_that_cannot_be_drawn_are_named()
    {
        using var site = new SiteFactory
        {
            ReplacedServices = services =>
                services.AddSingleton(new ShareImageHealthCheck(() =>
                "the share images cannot be drawn: no native library")),
        };

        var response = await site.CreatePlainClient().GetAsync("/healthz");

        Assert.Equal("Degraded: the share images cannot be drawn: no native library",
            await response.Content.ReadAsStringAsync());
    }
}
