using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>Every log event the site writes, kept so a test can read what an operator would see.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToArray();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as an operator reads it: the rendered message and every property, values included.</summary>
    public IEnumerable<string> AsText() =>
        Events.Select(e => e.RenderMessage() + " " + string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}")));
}
