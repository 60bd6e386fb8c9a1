using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// The health endpoints, split as Kubernetes asks: <c>/healthz/live</c> is 200 whenever the process answers (a
/// liveness probe: restarting cannot fix content that does not load, and while the process runs, every address still
/// gives the hotline); <c>/healthz/ready</c> and <c>/healthz</c> say whether the content is loaded (a readiness probe:
/// 200 Healthy, 200 Degraded naming each degraded part, 503 Unhealthy when no content could be loaded).
/// </summary>
public static class HealthEndpoints
{
    public const string Path = ContentHealth.Path;
    public const string Live = Path + "/live";
    public const string Ready = Path + "/ready";

    /// <summary>The tag of every check that says whether this replica should get readers.</summary>
    public const string ReadyTag = "ready";

    /// <summary>One of the three health addresses, exactly: they answer whatever Host a probe sends (see
    /// <see cref="HostFiltering"/>); any other address under /healthz is a page like the rest.</summary>
    public static bool IsHealth(PathString path) =>
        path.Equals(Path, StringComparison.OrdinalIgnoreCase) || path.Equals(Live, StringComparison.OrdinalIgnoreCase)
        || path.Equals(Ready, StringComparison.OrdinalIgnoreCase);

    public static IHealthChecksBuilder AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<ContentHealth>();
        services.AddSingleton(new ShareImageHealthCheck(ShareImageHealthCheck.Probe));
        return services.AddHealthChecks()
            .AddCheck<ContentHealth>("content", tags: [ReadyTag])
            .AddCheck<ShareImageHealthCheck>("share-images", tags: [ReadyTag]);
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(Ready,
            new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        return endpoints;
    }

    /// <summary>The status, and for a degraded site each part that is degraded; nothing about the machine.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var degraded = report.Entries.Values
            .Where(e => e.Status == HealthStatus.Degraded && !string.IsNullOrEmpty(e.Description))
            .Select(e => e.Description)
            .ToList();
        return context.Response.WriteAsync(report.Status == HealthStatus.Degraded && degraded.Count > 0
            ? $"{report.Status}: {string.Join("; ", degraded)}"
            : report.Status.ToString());
    }
}
