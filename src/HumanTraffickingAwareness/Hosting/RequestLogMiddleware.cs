using System.Diagnostics;
using Serilog.Events;
using Serilog.Parsing;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// One log line per request: method, path, status and time. Never the visitor's address, user agent, referrer or
/// query string. Written straight to Serilog with a template parsed once and four properties: Serilog's own request
/// logging binds its template, collects a diagnostic context and takes every scope property on each request, which
/// bench/run measured as most of what the site costs per request above bare Kestrel.
/// </summary>
public sealed class RequestLogMiddleware(RequestDelegate next, Serilog.ILogger logger)
{
    // No format on {Elapsed}: with one, the JSON line carries the time twice (formatted, in "@r", and as a number), and
    // formatting a number is a good part of what the line costs. It is rounded to the microsecond instead.
    private static readonly MessageTemplate Template =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms");

    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // A server error is an error in the log too, so that it is found; everything else is routine.
            var level = context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : LogEventLevel.Information;
            if (logger.IsEnabled(level))
            {
                var elapsed = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3);
                logger.Write(new LogEvent(DateTimeOffset.UtcNow, level, null, Template,
                [
                    new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                    new LogEventProperty("RequestPath", new ScalarValue(context.Request.Path.Value)),
                    new LogEventProperty("StatusCode", new ScalarValue(context.Response.StatusCode)),
                    new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                ]));
            }
        }
    }
}
