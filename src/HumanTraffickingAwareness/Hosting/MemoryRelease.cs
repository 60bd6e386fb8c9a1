using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using HumanTraffickingAwareness.Content.Loading;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Gives memory back to the system once a burst of work is over (start-up, a content reload, the first seconds of
/// traffic): a full compacting collection, for the heap a reload's old snapshot left behind, and glibc's
/// <c>malloc_trim</c>, for the native memory the JIT freed and glibc kept.
/// </summary>
/// <remarks>
/// Kept for the memory budget: without it the site held 61 MB private memory after bench/run's load (63 MB with the
/// runtime's default collector) against 49 MB with it, same run, and the stock Razor Pages template 55 MB. A release
/// pauses the site for the collection (6-9 ms here; logged at information when over 50 ms); see
/// <see cref="Schedule"/> for how often.
/// </remarks>
public sealed class MemoryRelease(LiveSnapshot live, IConfiguration configuration, ILogger<MemoryRelease> logger)
    : BackgroundService
{
    /// <summary>Off only in the tests' hosts, where many sites share one process and its heap.</summary>
    public const string EnabledSetting = "Memory:Release";

    /// <summary>How often the activity is looked at.</summary>
    internal TimeSpan Period { get; init; } = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan LongPause = TimeSpan.FromMilliseconds(50);

    private bool _canTrim = OperatingSystem.IsLinux();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = new Schedule();
        using var timer = new PeriodicTimer(Period);
        // Stopping cancels the wait, which the host takes as the end of this service and nothing to report.
        while (configuration.GetValue(EnabledSetting, true) && await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (schedule.ShouldRelease(Now()))
            {
                Release();
                // Releasing compiles a few methods of its own the first time: that is not new work to release.
                schedule.Released(Now());
            }
        }
    }

    private Activity Now() => new(JitInfo.GetCompiledMethodCount(), live.Current.Version);

    private void Release()
    {
        var started = Stopwatch.GetTimestamp();
        // Aggressive: compacting, and the collector decommits the memory it no longer needs instead of keeping it for
        // later allocations.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var collected = Stopwatch.GetElapsedTime(started);
        if (_canTrim)
        {
            try
            {
                MallocTrim(0);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // Not glibc (Alpine's musl, for one): its allocator is left to manage itself.
                _canTrim = false;
            }
        }

        // The collection pauses every request; it grows with the heap (large content, many pages cached), so an
        // operator hears of a long one.
        logger.Log(collected > LongPause ? LogLevel.Information : LogLevel.Debug,
            "Memory released after a burst of work: collection {Collected:0.0} ms, in all {Elapsed:0.0} ms, native " +
                "memory trimmed: {Trimmed}",
            collected.TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds, _canTrim);
    }

    // glibc's own file name: a bare "libc" would be looked for as libc.so, which only systems with C headers installed
    // have. DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code.
    [DllImport("libc.so.6", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    /// <summary>What a burst of work changes: methods compiled, content published.</summary>
    public readonly record struct Activity(long CompiledMethods, long ContentVersion);

    /// <summary>
    /// Decides, from one look at the activity per period, when to release: the first period in which something has
    /// changed since the last release, then at doubling intervals while the JIT keeps compiling a method now and then
    /// (it does, for minutes, under steady traffic), so that a busy site pays for at most one collection every
    /// <see cref="MaxPeriods"/> periods. New content is a new burst, released within <see cref="ContentPeriods"/>
    /// periods; an editor saving every few seconds costs at most one collection in as many.
    /// </summary>
    public sealed class Schedule
    {
        /// <summary>
        /// 64 periods of 10 s: at most one release every 10 minutes and 40 seconds once traffic is steady.
        /// </summary>
        public const int MaxPeriods = 64;

        /// <summary>A minute: how long new content waits at most for its release.</summary>
        public const int ContentPeriods = 6;

        private Activity? _released;
        private int _periodsToWait = 1;
        private int _periodsWaited;

        public bool ShouldRelease(Activity now)
        {
            if (_released is { } last && last.ContentVersion != now.ContentVersion)
            {
                _periodsToWait = Math.Min(_periodsToWait, ContentPeriods);
            }

            _periodsWaited++;
            if (_periodsWaited < _periodsToWait || now == _released)
            {
                return false;
            }

            _released = now;
            _periodsWaited = 0;
            _periodsToWait = Math.Min(_periodsToWait * 2, MaxPeriods);
            return true;
        }

        /// <summary>
        /// What the activity was once the release was done: the next release waits for work after it.
        /// </summary>
        public void Released(Activity after) => _released = after;
    }
}
