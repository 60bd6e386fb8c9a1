using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// <c>AllowedHosts</c> (<c>example.org;www.example.org</c>) refuses requests for any other host with a 400, as ASP.NET
/// Core's own filter does, except on the health endpoints: the Docker HEALTHCHECK asks 127.0.0.1 and Kubernetes probes
/// come by the pod's IP address, and neither may fail because the site is locked to its public name.
/// </summary>
/// <remarks>
/// The framework puts its filter in front of every request; it is told to let every host through, and the same
/// middleware, with the configured hosts, runs here around everything but health.
/// </remarks>
public static class HostFiltering
{
    private const string ConfigurationKey = "AllowedHosts";

    public static WebApplicationBuilder AddHostFilteringExceptHealth(this WebApplicationBuilder builder)
    {
        builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        return builder;
    }

    public static IApplicationBuilder UseHostFilteringExceptHealth(this WebApplication app)
    {
        var hosts = app.Configuration[ConfigurationKey]
            ?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            return app;
        }

        var options = new FixedOptions(new HostFilteringOptions { AllowedHosts = hosts });
        return app.UseWhen(context => !HealthEndpoints.IsHealth(context.Request.Path),
            filtered => filtered.UseMiddleware<HostFilteringMiddleware>(options));
    }

    /// <summary>The hosts as configured at start-up.</summary>
    private sealed class FixedOptions(HostFilteringOptions value) : IOptionsMonitor<HostFilteringOptions>
    {
        public HostFilteringOptions CurrentValue => value;

        public HostFilteringOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<HostFilteringOptions, string?> listener) => null;
    }
}
