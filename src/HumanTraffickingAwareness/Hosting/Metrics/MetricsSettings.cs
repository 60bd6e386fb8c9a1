using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace HumanTraffickingAwareness.Hosting.Metrics;

/// <summary>
/// <c>Metrics__Port</c>: the one port Prometheus scrapes <c>/metrics</c> on, besides the site's own addresses. Unset,
/// there is no metrics listener and no OpenTelemetry at all.
/// </summary>
public static class MetricsSettings
{
    public const string PortSetting = "Metrics:Port";

    /// <summary>The metrics port, or null when unset; a value that is no port stops the site, naming it.</summary>
    public static int? PortFrom(IConfiguration configuration)
    {
        var value = configuration[PortSetting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            && port is > 0 and <= 65535
                ? port
                : throw new InvalidOperationException($"Metrics__Port is '{value}': set it to a port number "
                    + "(1-65535), such as 9464, or leave it unset for no metrics");
    }

    /// <summary>
    /// The site's own addresses, as Kestrel would take them from the configuration (--urls, ASPNETCORE_URLS, then
    /// ASPNETCORE_HTTP_PORTS and HTTPS_PORTS, then its default), plus the metrics port on every interface: an address
    /// given in code would make Kestrel ignore all of those.
    /// </summary>
    public static string[] ListenAddresses(IConfiguration configuration, int metricsPort)
    {
        var site = SiteAddresses(configuration);
        foreach (var address in site)
        {
            if (BindingAddress.Parse(address) is { } parsed && parsed.Port == metricsPort)
            {
                throw new InvalidOperationException($"Metrics__Port {metricsPort} is also a port of the site "
                    + $"({address}): metrics need a port the public address never serves");
            }
        }

        return [.. site, $"http://*:{metricsPort}"];
    }

    private static List<string> SiteAddresses(IConfiguration configuration)
    {
        var urls = Split(configuration[WebHostDefaults.ServerUrlsKey]);
        if (urls.Count > 0)
        {
            return urls;
        }

        var ports = Split(configuration[WebHostDefaults.HttpPortsKey]).Select(port => $"http://*:{port}")
            .Concat(Split(configuration[WebHostDefaults.HttpsPortsKey]).Select(port => $"https://*:{port}"))
            .ToList();
        return ports.Count > 0 ? ports : ["http://localhost:5000"];
    }

    private static List<string> Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? [];
}
