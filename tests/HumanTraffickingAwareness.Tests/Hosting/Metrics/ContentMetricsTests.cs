using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting.Metrics;

/// <summary>What an operator's dashboard shows of the content: its version and age, its problems, and what is served
/// from a last good version or the built-in fallback instead of the files as they are now.</summary>
[Trait("Suite", "InProcess")]
[Collection(MetricsSites.Name)]
public sealed class ContentMetricsTests
{
    [Fact]
    public async Task A_broken_page_shows_as_one_more_problem_and_a_page_served_from_its_last_good_version()
    {
        using var content = new TempContent();
        using var site = new MetricsSite(content.Root);
        var library = site.Services.GetRequiredService<LiveSnapshot>();
        var before = await site.ScrapeAsync();
        Assert.Equal(0, Value(before, "hta_content_fallbacks", ("part", "page"), ("served", "last_good")));

        content.Replace("learn.md", "---\ntitle: Learn", "---\ntitel: Learn\ntitle: Learn");
        library.Reload();
        var after = await site.ScrapeAsync();

        Assert.Equal(1, Value(after, "hta_content_fallbacks", ("part", "page"), ("served", "last_good")));
        Assert.Equal(Value(before, "hta_content_problems") + 1, Value(after, "hta_content_problems"));
        Assert.Equal(library.Current.Warnings.Count, Value(after, "hta_content_warnings"));
        Assert.Equal(Value(before, "hta_content_version") + 1, Value(after, "hta_content_version"));
        var loadedAt = library.Current.LoadedAt.ToUnixTimeMilliseconds() / 1000.0;
        Assert.Equal(loadedAt, Value(after, "hta_content_loaded_at_seconds"), 3);
        Assert.Equal(2, Value(after, "hta_content_loads_total", ("result", "swapped_in")));
        Assert.Equal(2, Value(after, "hta_content_load_duration_seconds_count", ("result", "swapped_in")));
    }

    [Fact]
    public async Task A_site_yml_never_good_since_start_up_is_told_apart_from_one_kept_from_its_last_good_version()
    {
        using var content = new TempContent();
        var good = content.Read("site.yml");
        content.Write("site.yml", good + "\nlanguage: en\n");
        using var site = new MetricsSite(content.Root);
        var library = site.Services.GetRequiredService<LiveSnapshot>();

        var atStart = await site.ScrapeAsync();
        Assert.Equal(1, Value(atStart, "hta_content_fallbacks", ("part", "settings"), ("served", "built_in")));
        Assert.Equal(0, Value(atStart, "hta_content_fallbacks", ("part", "settings"), ("served", "last_good")));

        content.Write("site.yml", good);
        library.Reload();
        var fixedNow = await site.ScrapeAsync();
        Assert.Equal(0, Value(fixedNow, "hta_content_fallbacks", ("part", "settings"), ("served", "built_in")));

        content.Write("site.yml", good + "\nlanguage: en\n");
        library.Reload();
        var brokenAgain = await site.ScrapeAsync();
        Assert.Equal(0, Value(brokenAgain, "hta_content_fallbacks", ("part", "settings"), ("served", "built_in")));
        Assert.Equal(1, Value(brokenAgain, "hta_content_fallbacks", ("part", "settings"), ("served", "last_good")));
    }

    private static double Value(
        IReadOnlyList<PrometheusSample> samples, string name, params (string Label, string Value)[] labels) =>
        Assert.Single(samples, s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value))
            .Value;
}
