using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using HumanTraffickingAwareness.Hosting.Metrics;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel server, as an operator runs it with <c>Metrics__Port</c>: its public address on one port
/// of 127.0.0.1 (set as ASPNETCORE_URLS would be) and the metrics port the site adds itself. Only a real server has
/// ports: the in-process TestServer has none, so it never serves metrics.
/// </summary>
public sealed class MetricsSite : SiteFactory
{
    private readonly string? _allowedHosts;

    /// <param name="allowedHosts">AllowedHosts, as an operator who locks the site to its public name sets it.</param>
    public MetricsSite(string? contentPath = null, string? allowedHosts = null)
        : base(contentPath)
    {
        _allowedHosts = allowedHosts;
        PublicAddress = new Uri($"http://127.0.0.1:{KestrelSite.FreePort()}");
        MetricsPort = KestrelSite.FreePort();
        UseKestrel();
        StartServer();
    }

    public Uri PublicAddress { get; }

    public int MetricsPort { get; }

    public Uri MetricsAddress => new($"http://127.0.0.1:{MetricsPort}");

    /// <summary>A client of the public address: no cookies, no redirects followed.</summary>
    public HttpClient CreatePublicClient() => Client(PublicAddress);

    public HttpClient CreateMetricsClient() => Client(MetricsAddress);

    /// <summary>What Prometheus gets from /metrics, read strictly as the text format.</summary>
    public async Task<IReadOnlyList<PrometheusSample>> ScrapeAsync()
    {
        using var client = CreateMetricsClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, MetricsEndpoint.Path);
        request.Headers.Accept.ParseAdd("text/plain; version=0.0.4");
        using var response = await client.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, PublicAddress.ToString());
        builder.UseSetting("Site:BaseUrl", PublicAddress.ToString());
        builder.UseSetting(MetricsEndpoint.PortSetting, MetricsPort.ToString(CultureInfo.InvariantCulture));
        if (_allowedHosts is not null)
        {
            builder.UseSetting("AllowedHosts", _allowedHosts);
        }
    }

    private static HttpClient Client(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
}
