using Microsoft.Extensions.Diagnostics.HealthChecks;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// /healthz: 200 "Healthy" when every file is shown as saved; 200 "Degraded: ..." naming the pages that answer "being
/// updated" (their files have problems; the log says which) and the files whose last good version is shown instead, so
/// a load balancer keeps a replica that serves every other page; 503 "Unhealthy" when no page can be served. Nothing about the machine, and no file contents.
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

        var parts = new List<string>();
        if (snapshot.UnavailableUrls.Count > 0)
        {
            parts.Add(snapshot.UnavailableUrls.Count == 1
                ? $"{snapshot.UnavailableUrls.Single()} cannot be shown until its file is fixed"
                : $"{string.Join(", ", snapshot.UnavailableUrls.Order(StringComparer.Ordinal))} cannot be shown until their files are fixed");
        }

        // A file whose last good version is shown, or that is not shown at all (one beside a page with its address):
        // readers do not see what the editor saved.
        var notAsSaved = snapshot.Sources.Where(s => s.Value is SourceState.LastGoodKept or SourceState.NotShown && !snapshot.UnavailableUrls.Contains(snapshot.PageFiles.GetValueOrDefault(s.Key) ?? ""))
            .Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        if (notAsSaved.Count > 0)
        {
            parts.Add($"{string.Join(", ", notAsSaved)} {(notAsSaved.Count == 1 ? "has problems" : "have problems")}: the last good version (or nothing) is shown");
        }

        return Task.FromResult(parts.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded(string.Join("; ", parts)));
    }

    /// <summary>The status, and for a degraded site which pages are affected.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var degraded = report.Status == HealthStatus.Degraded ? report.Entries.Values.FirstOrDefault(e => e.Status == HealthStatus.Degraded).Description : null;
        return context.Response.WriteAsync(degraded is null ? report.Status.ToString() : $"{report.Status}: {degraded}");
    }
}
