using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Writes log events to standard output in batches: the console sink flushes after every event, one system call per
/// request line, which bench/run measured as most of what the site costs per request above bare Kestrel. Events are
/// formatted into a buffer and written out when it fills or every quarter of a second, so a line reaches the log
/// within that time. Runs behind Serilog's async wrapper: requests never wait for it.
/// </summary>
public sealed class BatchedConsoleSink : ILogEventSink, IDisposable
{
    private static readonly TimeSpan FlushDelay = TimeSpan.FromMilliseconds(250);

    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _output;
    private readonly Lock _writing = new();
    private readonly Timer _flush;
    private bool _pending;

    public BatchedConsoleSink(ITextFormatter formatter, Stream? output = null)
    {
        _formatter = formatter;
        _output = new StreamWriter(output ?? Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), bufferSize: 16 * 1024) { AutoFlush = false };
        _flush = new Timer(_ => Flush(), null, FlushDelay, FlushDelay);
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_writing)
        {
            _formatter.Format(logEvent, _output);
            _pending = true;
        }
    }

    public void Dispose()
    {
        _flush.Dispose();
        Flush();
    }

    private void Flush()
    {
        lock (_writing)
        {
            if (!_pending)
            {
                return;
            }

            _pending = false;
            try
            {
                _output.Flush();
            }
            catch (IOException)
            {
                // Standard output closed (the container is stopping): nothing left to tell.
            }
        }
    }
}
