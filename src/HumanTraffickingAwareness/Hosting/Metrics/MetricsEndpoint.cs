using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace HumanTraffickingAwareness.Hosting.Metrics;

/// <summary>
/// Prometheus metrics on their own port (<c>Metrics__Port</c>), off unless it is set: unset, there is no metrics
/// listener and no OpenTelemetry at all. The site measures with System.Diagnostics.Metrics (<see cref="SiteMetrics"/>,
/// and ASP.NET Core's own http.server.request.duration); OpenTelemetry only exports. No traces: nothing listens for
/// ASP.NET Core's activities.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public const string PortSetting = "Metrics:Port";

    public static WebApplicationBuilder AddSiteMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteMetrics>();
        if (PortFrom(builder.Configuration) is not { } port)
        {
            return builder;
        }

        builder.WebHost.UseUrls(ListenAddresses(builder.Configuration, port));
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("human-trafficking-awareness"))
            .WithMetrics(metrics => metrics
                // Requests by method, status and route template (never the path, query or visitor); not Kestrel's or
                // routing's meters, which would add work to every request for nothing an operator asked for.
                .AddMeter("Microsoft.AspNetCore.Hosting", SiteMetrics.MeterName)
                .AddRuntimeInstrumentation()
                .SetExemplarFilter(ExemplarFilterType.AlwaysOff)
                // Each scrape collects afresh: only Prometheus reaches this port, every 15-60 s.
                .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>
    /// First in the pipeline: a request that arrived on the metrics port gets /metrics or a 404, and nothing of the
    /// site; any other port never gets /metrics. The port is the connection's own, which no header can change.
    /// </summary>
    public static WebApplication UseSiteMetrics(this WebApplication app)
    {
        if (PortFrom(app.Configuration) is not { } port)
        {
            return app;
        }

        // The exporter first, so that the first content load, recorded next, already has a listener.
        app.Services.GetRequiredService<MeterProvider>();
        app.Services.GetRequiredService<SiteMetrics>();
        app.MapWhen(context => context.Connection.LocalPort == port,
            metricsPort => metricsPort.UseOpenTelemetryPrometheusScrapingEndpoint(Path));
        return app;
    }

    /// <summary>The metrics port, or null when unset; a value that is no port stops the site, naming it.</summary>
    public static int? PortFrom(IConfiguration configuration) => configuration[PortSetting] is var value
        && string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidOperationException($"Metrics__Port is '{value}': set it to a port number "
                + "(1-65535), such as 9464, or leave it unset for no metrics");

    /// <summary>
    /// The site's own addresses, as Kestrel would take them from the configuration (--urls, ASPNETCORE_URLS, then
    /// ASPNETCORE_HTTP_PORTS and HTTPS_PORTS, then its default), plus the metrics port on every interface: an address
    /// given in code would make Kestrel ignore all of those.
    /// </summary>
    private static string[] ListenAddresses(IConfiguration configuration, int metricsPort)
    {
        string[] site = Split(configuration[WebHostDefaults.ServerUrlsKey]) is { Length: > 0 } urls ? urls
            : [.. Split(configuration[WebHostDefaults.HttpPortsKey]).Select(port => $"http://*:{port}"),
                .. Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(port => $"https://*:{port}")];
        site = site is [] ? ["http://localhost:5000"] : site;

        if (site.FirstOrDefault(address => BindingAddress.Parse(address).Port == metricsPort) is { } taken)
        {
            throw new InvalidOperationException($"Metrics__Port {metricsPort} is also a port of the site "
                + $"({taken}): metrics need a port the public address never serves");
        }

        return [.. site, $"http://*:{metricsPort}"];
    }

    private static string[] Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
