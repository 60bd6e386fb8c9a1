using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace HumanTraffickingAwareness.Hosting.Metrics;

/// <summary>
/// Prometheus metrics on their own port (<c>Metrics__Port</c>), off unless it is set. The site measures with
/// System.Diagnostics.Metrics (<see cref="SiteMetrics"/>, and ASP.NET Core's own http.server.request.duration);
/// OpenTelemetry only exports. No traces: nothing listens for ASP.NET Core's activities.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static WebApplicationBuilder AddSiteMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SiteMetrics>();
        if (MetricsSettings.PortFrom(builder.Configuration) is not { } port)
        {
            return builder;
        }

        builder.WebHost.UseUrls(MetricsSettings.ListenAddresses(builder.Configuration, port));
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
        if (MetricsSettings.PortFrom(app.Configuration) is not { } port)
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
}
