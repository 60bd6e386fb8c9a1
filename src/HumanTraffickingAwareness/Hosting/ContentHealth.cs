using Microsoft.Extensions.Diagnostics.HealthChecks;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// The content's part of /healthz: healthy when every file is served as it is now; degraded, naming each part, when
/// pages answer "being updated" (their files have problems; the log says which), when a file is served from its last
/// good version, or when a built-in fallback stands in for a file that has not been good since start-up; unhealthy
/// when no page can be served. Nothing about the machine, and no file contents.
/// </summary>
public sealed class ContentHealth(LiveSnapshot live) : IHealthCheck
{
    public const string Path = UrlPaths.Health;

    private readonly LiveSnapshot _live = live;

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = _live.Current;
        if (!snapshot.IsServable || snapshot.PagesByUrl.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("no content could be loaded"));
        }

        if (!Directory.Exists(_live.Root))
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                "the content folder is missing: the last good version is served"));
        }

        var parts = DegradedParts(snapshot);
        return Task.FromResult(parts.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded(string.Join("; ", parts)));
    }

    private List<string> DegradedParts(ContentSnapshot snapshot)
    {
        var parts = new List<string>();
        if (snapshot.UnavailableUrls.Count > 0)
        {
            parts.Add(snapshot.UnavailableUrls.Count == 1
                ? $"{snapshot.UnavailableUrls.Single()} cannot be shown until its file is fixed"
                : $"{string.Join(", ", snapshot.UnavailableUrls.Order(StringComparer.Ordinal))} cannot be shown " +
                    "until their files are fixed");
        }

        foreach (var (path, state) in snapshot.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            switch (state)
            {
                case SourceState.LastGoodKept:
                    parts.Add($"{path} is served from its last good version until it is fixed");
                    break;
                case SourceState.BuiltInKept:
                    parts.Add($"{path} has not been good since start-up: " +
                        "a built-in fallback stands in until it is fixed");
                    break;
                // A page file whose address cannot be shown is named above; any other file not shown
                // (statistics.yml, a definition, a page file beside an established page with its address) is named
                // here.
                case SourceState.NotShown
                    when !snapshot.UnavailableUrls.Contains(snapshot.PageFiles.GetValueOrDefault(path) ?? ""):
                    parts.Add($"{path} cannot be shown until it is fixed");
                    break;
            }
        }

        return parts;
    }
}
