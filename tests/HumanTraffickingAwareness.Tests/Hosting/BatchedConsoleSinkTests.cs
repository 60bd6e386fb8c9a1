using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;
using HumanTraffickingAwareness.Hosting;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>Request lines are written in batches, yet every one reaches the log, soon, whole and in order.</summary>
[Trait("Suite", "InProcess")]
public sealed class BatchedConsoleSinkTests
{
    private static LogEvent Event(int i) => new(DateTimeOffset.UtcNow, LogEventLevel.Information, null,
        new MessageTemplateParser().Parse("HTTP GET {RequestPath} responded 200"),
            [new LogEventProperty("RequestPath", new ScalarValue($"/page-{i}"))]);

    [Fact]
    public async Task A_line_reaches_the_output_within_a_second_without_anything_else_happening()
    {
        var output = new MemoryStream();
        using var sink = new BatchedConsoleSink(new CompactJsonFormatter(), output);

        sink.Emit(Event(1));

        var deadline = DateTime.UtcNow.AddSeconds(1);
        while (output.ToArray().Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Contains("\"RequestPath\":\"/page-1\"", System.Text.Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Every_line_is_written_whole_and_in_order_when_the_site_stops()
    {
        var output = new MemoryStream();
        var sink = new BatchedConsoleSink(new CompactJsonFormatter(), output);
        for (var i = 0; i < 5000; i++)
        {
            sink.Emit(Event(i));
        }

        sink.Dispose();

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n',
            StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5000, lines.Length);
        Assert.All(lines.Select((line, i) => (line, i)), pair => Assert.Contains($"\"/page-{pair.i}\"", pair.line));
    }
}
