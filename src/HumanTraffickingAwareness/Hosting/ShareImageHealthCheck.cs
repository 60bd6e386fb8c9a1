using Microsoft.Extensions.Diagnostics.HealthChecks;
using SkiaSharp;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Whether the link-preview images (<c>/images/share.png</c>) can be drawn here: SkiaSharp needs its native library for
/// this platform, and a publish carries only Linux x64 and arm64's (SkiaSharpPublishedRuntimes in the project file). A
/// publish copied to another platform would answer every share image with a 500, so the site refuses to start there
/// (<see cref="Website.StartupRefusal"/>); the health check names it too, should drawing stop working while the site
/// runs.
/// </summary>
public sealed class ShareImageHealthCheck(Func<string?> probe) : IHealthCheck
{
    /// <summary>Why the images cannot be drawn, or null when they can.</summary>
    private readonly Lazy<string?> _problem = new(probe);

    /// <summary>Draws one pixel, which loads the native library; the message says what is missing and how to
    /// get it.</summary>
    public static string? Probe()
    {
        try
        {
            using var surface = SKSurface.Create(new SKImageInfo(1, 1));
            return surface is null ? "the share images cannot be drawn: SkiaSharp could not make a drawing surface"
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException
            or EntryPointNotFoundException or BadImageFormatException)
        {
            var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            return $"the share images cannot be drawn: SkiaSharp's native library for {platform} is not in this " +
                "build (a publish carries linux-x64 and linux-arm64 only); publish on this platform with 'dotnet " +
                $"publish src/HumanTraffickingAwareness -c Release -o out -p:SkiaSharpPublishedRuntimes={platform}'";
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_problem.Value is { } problem ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy());
}
