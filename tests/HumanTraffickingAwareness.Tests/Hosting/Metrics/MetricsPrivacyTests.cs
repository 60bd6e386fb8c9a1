using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting.Metrics;

/// <summary>
/// Metrics say how the site is doing, never who visits it: no label holds an address, a user agent, a query or a
/// path a visitor typed, so a flood of made-up addresses cannot grow Prometheus's memory or point at a reader.
/// </summary>
[Trait("Suite", "InProcess")]
[Collection(MetricsSites.Name)]
public sealed partial class MetricsPrivacyTests
{
    private const int Flood = 10_000;

    [Fact]
    public async Task Ten_thousand_made_up_addresses_and_queries_add_no_series_and_leave_no_trace_of_the_visitor()
    {
        using var site = new MetricsSite();
        using var client = site.CreatePublicClient();
        // Each kind first, so that every series the flood may touch exists before it: a page's first GET is rendered
        // (and has a route), the next one comes from the cache (and has none).
        for (var i = 0; i < Kinds; i++)
        {
            await SendAsync(client, Flood + i, HttpMethod.Get, CancellationToken.None);
            await SendAsync(client, Flood + Kinds + i, HttpMethod.Get, CancellationToken.None);
            await SendAsync(client, Flood + i, HttpMethod.Head, CancellationToken.None);
        }

        var before = await site.ScrapeAsync();

        // Bounded in count (10,000) and in time: the flood stops after 5 minutes whatever happens.
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var statuses = new int[600];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stop.Token };
        await Parallel.ForEachAsync(Enumerable.Range(0, Flood), parallel, async (i, cancel) =>
        {
            var status = await SendAsync(client, i, i % 7 == 6 ? HttpMethod.Head : HttpMethod.Get, cancel);
            Interlocked.Increment(ref statuses[status]);
        });
        var after = await site.ScrapeAsync();

        var byStatus = string.Join(", ", statuses.Select((count, status) => (count, status)).Where(c => c.count > 0)
            .Select(c => $"{c.status}: {c.count}"));
        Assert.True(statuses.Sum() == Flood, byStatus);
        Assert.True(statuses[404] == Flood / 2 && statuses[200] == Flood / 2, byStatus);

        // The site's and the requests' series are exactly those before the flood; the runtime's may gain a few (a
        // garbage collection of an older generation, a thread-pool count), never one per request.
        string[] Requests(IReadOnlyList<PrometheusSample> samples) =>
            [.. samples.Where(s => s.Name.StartsWith("http_server_", StringComparison.Ordinal)
                    || s.Name.StartsWith("hta_", StringComparison.Ordinal))
                .Select(s => s.Series).Order(StringComparer.Ordinal)];
        Assert.True(Requests(before).SequenceEqual(Requests(after)),
            "new series: " + string.Join("\n", Requests(after).Except(Requests(before))));
        Assert.InRange(after.Count, before.Count, before.Count + 20);

        // Every 404, whatever its address, is one series (one for GET, one for HEAD).
        var notFound = after.Where(s => s.Name == "http_server_request_duration_seconds_count"
            && s.Labels["http_response_status_code"] == "404").ToList();
        Assert.Equal(["GET", "HEAD"],
            notFound.Select(s => s.Labels["http_request_method"]).Order(StringComparer.Ordinal));
        Assert.True(notFound.Sum(s => s.Value) >= Flood / 2);

        foreach (var (label, value) in after.SelectMany(s => s.Labels))
        {
            Assert.False(IpAddress().IsMatch(value), $"{label}=\"{value}\" holds an IP address");
            Assert.DoesNotContain("FloodAgent", value);
            Assert.DoesNotContain("no-such-page", value);
            Assert.DoesNotContain("utm", value);
            Assert.DoesNotContain("?", value);
            Assert.DoesNotContain("=", value);
        }

        Assert.DoesNotContain(after, s => s.Labels.Keys.Any(k => k.Contains("client", StringComparison.Ordinal)
            || k.Contains("user_agent", StringComparison.Ordinal) || k.Contains("url_query", StringComparison.Ordinal)
            || k.Contains("url_path", StringComparison.Ordinal) || k.Contains("peer", StringComparison.Ordinal)));
    }

    private const int Kinds = 4;

    /// <summary>Request <paramref name="i"/>: half to addresses that are no page, half to pages with queries.</summary>
    private static async Task<int> SendAsync(HttpClient client, int i, HttpMethod method, CancellationToken cancel)
    {
        var path = (i % Kinds) switch
        {
            0 => $"/no-such-page-{i}",
            1 => $"/learn?q={i}&from=10.1.{i % 256}.{i / 256 % 256}",
            2 => $"/no-such-page/{i}/file-{i}.js?v={i}",
            _ => $"/?utm_source=flood{i}&lang=es",
        };
        using var request = new HttpRequestMessage(method, path);
        request.Headers.UserAgent.ParseAdd($"FloodAgent/{i}.0");
        request.Headers.Add("X-Forwarded-For", $"198.51.100.{i % 256}");
        request.Headers.Referrer = new Uri($"https://referrer.example/{i}?q={i}");
        using var response = await client.SendAsync(request, cancel);
        return (int)response.StatusCode;
    }

    [GeneratedRegex(@"\b\d{1,3}(\.\d{1,3}){3}\b|\b[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}\b", RegexOptions.IgnoreCase)]
    private static partial Regex IpAddress();
}
