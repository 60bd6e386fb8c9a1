using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting.Metrics;

/// <summary>
/// Metrics sites run one at a time and alone, after the other tests: OpenTelemetry listens to meters by name across the
/// process, so another test's host (ASP.NET Core's request meter is one per host) would show in the scrape.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsSites
{
    public const string Name = "Metrics sites";
}

[Trait("Suite", "InProcess")]
[Collection(MetricsSites.Name)]
public sealed class MetricsEndpointTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Without_a_metrics_port_there_are_no_metrics_and_no_OpenTelemetry()
    {
        using var site = new KestrelSite();

        var response = await site.CreatePlainClient().GetAsync("/metrics");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync());
        Assert.Null(site.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_public_address_never_serves_metrics_even_when_asked_for_the_metrics_port_by_name()
    {
        using var site = new MetricsSite();
        using var client = site.CreatePublicClient();

        var plain = await client.GetAsync("/metrics");
        // A visitor naming the metrics port in the Host header is still on the public port.
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        forged.Headers.Host = $"127.0.0.1:{site.MetricsPort}";
        var forgedResponse = await client.SendAsync(forged);

        foreach (var response in new[] { plain, forgedResponse })
        {
            Assert.Equal(404, (int)response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("# TYPE", body);
            Assert.DoesNotContain("hta_", body);
        }
    }

    [Fact]
    public async Task The_metrics_port_serves_metrics_and_nothing_of_the_site()
    {
        using var site = new MetricsSite();
        using var client = site.CreateMetricsClient();

        foreach (var path in new[] { "/", "/help", "/healthz", "/metrics.txt", "/css/site.css" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.NotFound,
                $"{path} on the metrics port: {(int)response.StatusCode}");
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        Assert.Contains(await site.ScrapeAsync(), s => s.Name == "hta_content_version");
    }

    [Fact]
    public async Task Prometheus_own_checker_reads_the_scrape_without_an_error()
    {
        // promtool is Prometheus's own parser of the text format (Debian's prometheus package; .ci/run installs it).
        var promtool = Environment.GetEnvironmentVariable("PROMTOOL_PATH") ?? "/usr/bin/promtool";
        Assert.True(File.Exists(promtool),
            $"promtool is needed at {promtool} (apt-get install prometheus, or PROMTOOL_PATH)");
        using var site = new MetricsSite();
        await site.CreatePublicClient().GetAsync("/help");
        var scrape = await site.CreateMetricsClient().GetStringAsync("/metrics");

        var check = new System.Diagnostics.ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(check)!;
        await process.StandardInput.WriteAsync(scrape);
        process.StandardInput.Close();
        var said = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Exit 3 is lint advice only (the runtime's own *_count gauge names); 1 would be a format error.
        output.WriteLine(said);
        Assert.True(process.ExitCode is 0 or 3, $"promtool exit {process.ExitCode}: {said}");
        Assert.DoesNotContain("error while linting", said);
        Assert.Contains("hta_content_version", scrape);
    }

    [Fact]
    public async Task Prometheus_scraping_by_the_pods_address_is_not_refused_when_the_site_is_locked_to_its_name()
    {
        using var site = new MetricsSite(allowedHosts: "example.org");

        // The public port refuses any other host name; the metrics port is asked by address, as Prometheus does.
        Assert.Equal(400, (int)(await site.CreatePublicClient().GetAsync("/learn")).StatusCode);
        Assert.Contains(await site.ScrapeAsync(), s => s.Name == "hta_content_version");
    }

    [Fact]
    public async Task A_scrape_has_requests_by_status_latency_the_page_cache_and_the_content()
    {
        using var site = new MetricsSite();
        using var client = site.CreatePublicClient();
        Assert.Equal(200, (int)(await client.GetAsync("/learn")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/learn")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync("/no-such-page")).StatusCode);

        var samples = await site.ScrapeAsync();
        foreach (var sample in samples)
        {
            output.WriteLine(sample.Series + " " + sample.Value);
        }

        double Value(string series) => Assert.Single(samples, s => s.Series == series).Value;
        // A page rendered carries its route; a page from the cache is answered before routing, and has none.
        Assert.Equal(2, samples.Where(s => s.Name == "http_server_request_duration_seconds_count"
            && s.Labels["http_response_status_code"] == "200").Sum(s => s.Value));
        Assert.Contains(samples, s => s.Name == "http_server_request_duration_seconds_bucket"
            && s.Labels["http_response_status_code"] == "404" && s.Labels["le"] == "+Inf" && s.Value == 1);
        Assert.True(Value("hta_page_cache_hits_total{otel_scope_name=HumanTraffickingAwareness}") >= 1);
        Assert.True(Value("hta_page_cache_misses_total{otel_scope_name=HumanTraffickingAwareness}") >= 2);
        Assert.True(Value("hta_content_loads_total{otel_scope_name=HumanTraffickingAwareness,result=swapped_in}") >= 1);
        Assert.Contains(samples, s => s.Name == "hta_content_load_duration_seconds_count" && s.Value >= 1);
        Assert.True(Value("hta_content_version{otel_scope_name=HumanTraffickingAwareness}") >= 1);
        Assert.Contains(samples, s => s.Name == "hta_content_loaded_at_seconds");
        Assert.Contains(samples, s => s.Name == "hta_content_problems");
        Assert.Contains(samples, s => s.Name == "hta_content_warnings");
        Assert.Contains(samples, s => s.Name == "hta_content_fallbacks");
    }
}
