using System.Diagnostics.Metrics;
using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Hosting.Metrics;

/// <summary>
/// The site's own measurements, on one <see cref="Meter"/> named for the site: page cache hits and misses, content
/// loads and their duration, and, read only when Prometheus scrapes, the current content's version, load time,
/// problems, warnings and fallbacks. None carries anything of a visitor: the only labels are fixed words.
/// Without <c>Metrics__Port</c> no instrument exists, and recording is a test for null.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "HumanTraffickingAwareness";

    private readonly Counter<long>? _pageCacheHits;
    private readonly Counter<long>? _pageCacheMisses;
    private readonly Counter<long>? _contentLoads;
    private readonly Histogram<double>? _contentLoadDuration;

    public SiteMetrics(IConfiguration configuration, IMeterFactory meters, LiveSnapshot live)
    {
        if (MetricsEndpoint.PortFrom(configuration) is null)
        {
            return;
        }

        var meter = meters.Create(MeterName);
        _pageCacheHits = meter.CreateCounter<long>("hta.page_cache.hits", "{request}",
            "Page requests answered from the rendered-page cache");
        _pageCacheMisses = meter.CreateCounter<long>("hta.page_cache.misses", "{request}",
            "Page requests the cache could not answer, rendered instead (including addresses that are no page)");
        _contentLoads = meter.CreateCounter<long>("hta.content.loads", "{load}",
            "Loads of the content folder, by result: swapped_in, still_changing (read again), failed");
        _contentLoadDuration = meter.CreateHistogram<double>("hta.content.load.duration", "s",
            "How long reading the whole content folder took", tags: null,
            new InstrumentAdvice<double>
            {
                HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
            });

        meter.CreateObservableGauge("hta.content.version", () => live.Current.Version, "{version}",
            "The version of the content being served: one more with every load swapped in since start-up");
        meter.CreateObservableGauge("hta.content.loaded_at", () => LoadedAt(live.Current), "s",
            "When the content being served was loaded, in seconds since 1970 (its age: time() minus this)");
        meter.CreateObservableGauge("hta.content.problems", () => live.Current.Problems.Count, "{problem}",
            "Problems in the current content: each keeps a file's last good version or stops its page");
        meter.CreateObservableGauge("hta.content.warnings", () => live.Current.Warnings.Count, "{warning}",
            "Warnings in the current content: shown as they are, but an editor should look");
        meter.CreateObservableGauge("hta.content.fallbacks", () => Fallbacks(live.Current), "{file}",
            "Content files not served as they are now, by part and by what is served instead: "
            + "last_good, built_in, not_shown");

        live.Loaded += RecordLoad;
        if (live.FirstLoad is { } first)
        {
            RecordLoad(first);
        }
    }

    public void PageCacheHit() => _pageCacheHits?.Add(1);

    public void PageCacheMiss() => _pageCacheMisses?.Add(1);

    private void RecordLoad(LoadTiming load)
    {
        var result = new KeyValuePair<string, object?>("result", load.Outcome switch
        {
            LoadOutcome.SwappedIn => "swapped_in",
            LoadOutcome.StillChanging => "still_changing",
            _ => "failed",
        });
        _contentLoads?.Add(1, result);
        _contentLoadDuration?.Record(load.Took.TotalSeconds, result);
    }

    private static IEnumerable<Measurement<double>> LoadedAt(ContentSnapshot snapshot) => snapshot.Version == 0
        ? []
        : [new Measurement<double>(snapshot.LoadedAt.ToUnixTimeMilliseconds() / 1000.0)];

    /// <summary>
    /// How many files of each part are served from their last good version, from the built-in fallback (a file kept
    /// although it was never good since start-up: site.yml and the default language have one compiled in), or not at
    /// all (their page answers "being updated"). Every part and state is always reported, zeros included, so a series
    /// never vanishes from a dashboard.
    /// </summary>
    private static IEnumerable<Measurement<int>> Fallbacks(ContentSnapshot snapshot)
    {
        var kept = snapshot.Sources.Where(s => s.Value != SourceState.Published)
            .Select(s => (Part: PartOf(s.Key, snapshot), Served: s.Value switch
            {
                SourceState.LastGoodKept => "last_good",
                SourceState.BuiltInKept => "built_in",
                _ => "not_shown",
            })).ToList();
        return from part in (string[])["folder", "settings", "statistics", "language", "definition", "page", "other"]
               from served in (string[])["last_good", "built_in", "not_shown"]
               select new Measurement<int>(kept.Count(k => k == (part, served)),
                   new KeyValuePair<string, object?>("part", part),
                   new KeyValuePair<string, object?>("served", served));
    }

    /// <summary>Problems are reported under the content folder's name, then the file's path inside it.</summary>
    private static string PartOf(string path, ContentSnapshot snapshot) =>
        path.IndexOf('/') is var slash && slash < 0 ? "folder" : path[(slash + 1)..] switch
        {
            SiteSettingsReader.FileName => "settings",
            StatisticsReader.FileName => "statistics",
            var relative when relative.StartsWith(LanguageReader.Folder + "/", StringComparison.Ordinal) => "language",
            var relative when relative.StartsWith(DefinitionReader.Folder + "/", StringComparison.Ordinal) =>
                "definition",
            _ when snapshot.PageFiles.ContainsKey(path) => "page",
            _ => "other",
        };
}
