using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// The health endpoints, split as Kubernetes asks: <c>/healthz/live</c> is 200 whenever the process answers (a
/// liveness probe: restarting cannot fix content that does not load, and while the process runs, every address still
/// gives the hotline); <c>/healthz/ready</c> and <c>/healthz</c> say whether the content is loaded (a readiness probe:
/// 200 Healthy, 200 Degraded naming each degraded part, 503 Unhealthy when no content could be loaded).
/// </summary>
public static class HealthEndpoints
{
    public const string Path = UrlPaths.Health;

    /// <summary>The address a probe asks, and which checks it runs.</summary>
    private static readonly (string Path, Func<HealthCheckRegistration, bool> Predicate)[] Endpoints =
        [(Path, _ => true), (Path + "/ready", _ => true), (Path + "/live", _ => false)];

    /// <summary>One of the three health addresses, exactly: they answer whatever Host a probe sends (see
    /// <see cref="Website.UseWebsite"/>); any other address under /healthz is a page like the rest.</summary>
    public static bool IsHealth(PathString path) =>
        Endpoints.Any(endpoint => path.Equals(endpoint.Path, StringComparison.OrdinalIgnoreCase));

    public static IHealthChecksBuilder AddHealthEndpoints(this IServiceCollection services) =>
        services.AddSingleton(new ShareImageHealthCheck(ShareImageHealthCheck.Probe)).AddHealthChecks()
            // Both say whether this replica should get readers.
            .AddCheck<ContentHealth>("content").AddCheck<ShareImageHealthCheck>("share-images");

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, predicate) in Endpoints)
        {
            endpoints.MapHealthChecks(path,
                new HealthCheckOptions { Predicate = predicate, ResponseWriter = WriteAsync });
        }

        return endpoints;
    }

    /// <summary>The status, and for a degraded site each part that is degraded; nothing about the machine.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var degraded = report.Entries.Values.Where(e => e.Status == HealthStatus.Degraded)
            .Select(e => e.Description).Where(description => !string.IsNullOrEmpty(description)).ToList();
        return context.Response.WriteAsync(report.Status == HealthStatus.Degraded && degraded.Count > 0
            ? $"{report.Status}: {string.Join("; ", degraded)}"
            : report.Status.ToString());
    }
}
