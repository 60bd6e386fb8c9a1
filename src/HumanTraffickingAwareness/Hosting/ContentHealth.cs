using Microsoft.Extensions.Diagnostics.HealthChecks;
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
    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(live.Current is var snapshot && (!snapshot.IsServable || snapshot.PagesByUrl.Count == 0)
            ? HealthCheckResult.Unhealthy("no content could be loaded")
            : !Directory.Exists(live.Root)
            ? HealthCheckResult.Degraded("the content folder is missing: the last good version is served")
            : DegradedParts(snapshot).ToList() is { Count: > 0 } parts
            ? HealthCheckResult.Degraded(string.Join("; ", parts))
            : HealthCheckResult.Healthy());

    private static IEnumerable<string> DegradedParts(ContentSnapshot snapshot)
    {
        var unavailable = snapshot.UnavailableUrls;
        if (unavailable.Count > 0)
        {
            yield return unavailable.Count == 1
                ? $"{unavailable.Single()} cannot be shown until its file is fixed"
                : $"{string.Join(", ", unavailable.Order(StringComparer.Ordinal))} cannot be shown " +
                    "until their files are fixed";
        }

        foreach (var (path, state) in snapshot.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (state switch
            {
                SourceState.LastGoodKept => $"{path} is served from its last good version until it is fixed",
                SourceState.BuiltInKept => $"{path} has not been good since start-up: " +
                    "a built-in fallback stands in until it is fixed",
                // A page file whose address cannot be shown is named above; any other file not shown
                // (statistics.yml, a definition, a page file beside an established page with its address) is named
                // here.
                SourceState.NotShown when !unavailable.Contains(snapshot.PageFiles.GetValueOrDefault(path) ?? "") =>
                    $"{path} cannot be shown until it is fixed",
                _ => null,
            } is { } part)
            {
                yield return part;
            }
        }
    }
}
