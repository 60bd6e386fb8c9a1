using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using HumanTraffickingAwareness.Content.Loading;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Gives memory back to the system once a burst of work is over: each replica of the site then holds what serving
/// needs, not what start-up, a content reload or the first seconds of traffic once needed.
/// </summary>
/// <remarks>
/// <para>Two kinds of memory outlive such a burst. The JIT compiles in bursts (at start-up, and in the first seconds of
/// traffic, when hot methods are compiled again with what their first runs measured), allocating and freeing native
/// memory for each method, and glibc keeps freed pages as the process's own until asked (<c>malloc_trim</c>). And the
/// garbage collector keeps the heap it grew to: a reload's old content, a whole snapshot, sits in the oldest generation
/// until a full collection, which a site with little traffic may not need for hours.</para>
/// <para>bench/run, after its load of /learn: 54-56 MB private memory without this, 45 MB with it (43 MB ten seconds
/// later). What it costs: a blocking collection of a heap of a few megabytes (6-9 ms here) and a trim (1-6 ms, which
/// blocks nobody but another thread's native allocation), logged at debug (at information when the collection takes
/// over 50 ms); see <see cref="Schedule"/> for how
/// often. An idle site releases a few times in its first minutes (this loop's own code is compiled again as it runs)
/// and then not at all.</para>
/// </remarks>
public sealed class MemoryRelease(LiveSnapshot library, IConfiguration configuration, ILogger<MemoryRelease> logger) : BackgroundService
{
    /// <summary>Off only in the tests' hosts, where many sites share one process and its heap.</summary>
    public const string EnabledSetting = "Memory:Release";

    /// <summary>How often the activity is looked at.</summary>
    internal TimeSpan Period { get; init; } = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan LongPause = TimeSpan.FromMilliseconds(50);

    private bool _canTrim = OperatingSystem.IsLinux();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(EnabledSetting, true))
        {
            return;
        }

        var schedule = new Schedule();
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (schedule.ShouldRelease(Now()))
                {
                    Release();
                    // Releasing compiles a few methods of its own the first time: that is not new work to release.
                    schedule.Released(Now());
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private Activity Now() => new(JitInfo.GetCompiledMethodCount(), library.Current.Version);

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

        // The collection pauses every request; it grows with the heap (large content, many pages cached), so an operator
        // hears of a long one.
        logger.Log(collected > LongPause ? LogLevel.Information : LogLevel.Debug,
            "Memory released after a burst of work: collection {Collected:0.0} ms, in all {Elapsed:0.0} ms, native memory trimmed: {Trimmed}",
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
        /// <summary>64 periods of 10 s: at most one release every 10 minutes and 40 seconds once traffic is steady.</summary>
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

        /// <summary>What the activity was once the release was done: the next release waits for work after it.</summary>
        public void Released(Activity after) => _released = after;
    }
}
