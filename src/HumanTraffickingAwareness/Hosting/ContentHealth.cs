using HumanTraffickingAwareness.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// /healthz answers 200 when content is loaded and pages can be served, 503 when it could not be. Its body is only
/// "Healthy" or "Unhealthy": nothing about the content, the machine or the problems.
/// </summary>
public sealed class ContentHealth(ContentLibrary library) : IHealthCheck
{
    public const string Path = "/healthz";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(library.Current.IsServable && library.Current.PagesByUrl.Count > 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy());
}
