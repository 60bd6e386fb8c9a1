using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// What the site will not start without, said in one line that names what to set or install: a missing public
/// address (Site__BaseUrl), or share images that cannot be drawn on this platform. An operator reads the line; an
/// unhandled exception would give them a stack trace and exit code 134.
/// </summary>
public static class StartupRefusal
{
    public static string? Of(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<PublicUrls>();
        }
        catch (InvalidOperationException e) when (
            e.Message.Contains(PublicUrls.ConfigurationKey, StringComparison.Ordinal))
        {
            return $"The site cannot start: {e.Message}";
        }

        return ShareImageHealthCheck.Probe() is { } problem
            ? $"The site cannot start: {problem}"
            : null;
    }
}
