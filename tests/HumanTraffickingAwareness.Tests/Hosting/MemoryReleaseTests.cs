using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Tests.Infrastructure;
using Activity = HumanTraffickingAwareness.Hosting.MemoryRelease.Activity;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>
/// A replica gives back the memory a burst of work left behind (start-up, a reload, the first seconds of traffic), soon
/// after the burst and then ever more rarely, and an idle site is left alone.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class MemoryReleaseTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    /// <summary>The periods (counted from 1) in which the schedule releases, for one activity per period.</summary>
    private static List<int> ReleasesFor(IEnumerable<Activity> activity)
    {
        var schedule = new MemoryRelease.Schedule();
        return activity.Select((now, i) => (now,
            period: i + 1)).Where(p => schedule.ShouldRelease(p.now)).Select(p => p.period).ToList();
    }

    [Fact]
    public void Start_up_is_released_after_the_first_period_and_an_idle_site_is_then_left_alone()
    {
        var releases = ReleasesFor(Enumerable.Repeat(new Activity(9000, 1), 500));

        Assert.Equal([1], releases);
    }

    [Fact]
    public void While_the_JIT_keeps_compiling_now_and_then_releases_come_at_doubling_intervals_up_to_the_cap()
    {
        var releases = ReleasesFor(Enumerable.Range(0, 600).Select(i => new Activity(9000 + i, 1)));

        var gaps = releases.Zip(releases.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal([2, 4, 8, 16, 32, 64, 64, 64, 64, 64, 64, 64], gaps.Take(12));
        Assert.All(gaps, gap => Assert.True(gap <= MemoryRelease.Schedule.MaxPeriods));
    }

    [Fact]
    public void New_content_is_released_within_a_minute_however_long_the_intervals_had_grown()
    {
        // 300 periods of steady traffic with a method compiled now and then: the intervals have reached the cap.
        var activity = Enumerable.Range(0, 300).Select(i => new Activity(9000 + i, 1)).ToList();
        var reloadAt = activity.Count + 1;
        activity.AddRange(Enumerable.Range(0, 20).Select(i => new Activity(9300 + i, 2)));

        var releases = ReleasesFor(activity);

        Assert.Contains(releases, r => r >= reloadAt && r < reloadAt + MemoryRelease.Schedule.ContentPeriods);
    }

    [Fact]
    public void An_editor_saving_every_period_costs_at_most_one_collection_a_minute()
    {
        var releases = ReleasesFor(Enumerable.Range(0, 120).Select(i => new Activity(9000, i + 1)));

        var gaps = releases.Zip(releases.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps.Skip(3), gap => Assert.Equal(MemoryRelease.Schedule.ContentPeriods, gap));
        Assert.InRange(releases.Count, 120 / MemoryRelease.Schedule.ContentPeriods,
            120 / MemoryRelease.Schedule.ContentPeriods + 3);
    }

    [Fact]
    public void What_the_release_itself_compiles_is_not_taken_for_new_work()
    {
        var schedule = new MemoryRelease.Schedule();
        Assert.True(schedule.ShouldRelease(new Activity(9000, 1)));
        schedule.Released(new Activity(9012, 1));

        Assert.All(Enumerable.Range(0, 200), _ => Assert.False(schedule.ShouldRelease(new Activity(9012, 1))));
    }

    [Fact]
    public void Work_after_a_long_quiet_spell_is_released_after_the_next_period()
    {
        var activity = new List<Activity> { new(9000, 1) };
        activity.AddRange(Enumerable.Repeat(new Activity(9001, 1), 200));
        activity.Add(new Activity(9050, 1));

        var releases = ReleasesFor(activity);

        Assert.Equal([1, 3, activity.Count], releases);
    }

    [Fact]
    public async Task The_running_service_collects_and_trims_the_native_heap_on_this_system()
    {
        var logs = new ListLogger();
        using var release = new MemoryRelease(site.Services.GetRequiredService<LiveSnapshot>(),
            new ConfigurationBuilder().Build(), logs)
        {
            Period = TimeSpan.FromMilliseconds(20),
        };

        await release.StartAsync(CancellationToken.None);
        var line = await Eventually.ReturnsAsync(() =>
            Task.FromResult(logs.Lines.FirstOrDefault(l => l.StartsWith("Memory released"))), l => l is not null,
            "a release");
        await release.StopAsync(CancellationToken.None);

        // glibc here: the trim must really have been found and called, not quietly given up.
        Assert.EndsWith(OperatingSystem.IsLinux() ? "native memory trimmed: True" : "native memory trimmed: False",
            line);
    }

    [Fact]
    public async Task Turned_off_it_does_nothing()
    {
        var logs = new ListLogger();
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection([new(MemoryRelease.EnabledSetting, "false")]).Build();
        using var release = new MemoryRelease(site.Services.GetRequiredService<LiveSnapshot>(), settings, logs)
        {
            Period = TimeSpan.FromMilliseconds(20)
        };

        await release.StartAsync(CancellationToken.None);
        await Task.Delay(300);
        await release.StopAsync(CancellationToken.None);

        Assert.Empty(logs.Lines);
    }

    private sealed class ListLogger : ILogger<MemoryRelease>
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState,
            Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}
