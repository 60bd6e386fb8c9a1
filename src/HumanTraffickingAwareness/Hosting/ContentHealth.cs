using Microsoft.Extensions.Diagnostics.HealthChecks;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// /healthz: 200 "Healthy" when every page can be served; 200 "Degraded: ..." naming the pages that answer "being
/// updated" (their files have problems; the log says which), so a load balancer keeps a replica that serves every
/// other page; 503 "Unhealthy" when no page can be served. Nothing about the machine, and no file contents.
/// </summary>
public sealed class ContentHealth(ContentLibrary library) : IHealthCheck
{
    public const string Path = UrlPaths.Health;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = library.Current;
        if (!snapshot.IsServable || snapshot.PagesByUrl.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no content could be loaded"));
        }

        if (!Directory.Exists(library.Root))
        {
            return Task.FromResult(HealthCheckResult.Degraded("the content folder is missing: the last good version is served"));
        }

        return Task.FromResult(snapshot.UnavailableUrls.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(snapshot.UnavailableUrls.Count == 1
                ? $"{snapshot.UnavailableUrls.Single()} cannot be shown until its file is fixed"
                : $"{string.Join(", ", snapshot.UnavailableUrls.Order(StringComparer.Ordinal))} cannot be shown until their files are fixed"));
    }

    /// <summary>The status, and for a degraded site which pages are affected.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var degraded = report.Status == HealthStatus.Degraded ? report.Entries.Values.FirstOrDefault(e => e.Status == HealthStatus.Degraded).Description : null;
        return context.Response.WriteAsync(degraded is null ? report.Status.ToString() : $"{report.Status}: {degraded}");
    }
}
