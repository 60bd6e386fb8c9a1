using HumanTraffickingAwareness.Hosting;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>healthcheck [ADDRESS]</c>: asks a running site's /healthz and exits 0 when it is healthy. Used by the
/// Dockerfile's HEALTHCHECK, because the runtime image has no curl or wget. ADDRESS is the site's address
/// (http://127.0.0.1:8080); one that already ends in /healthz is taken as it is.
/// </summary>
public static partial class HealthCheckCommand
{
    public const string Name = "healthcheck";

    /// <summary>Where Kestrel listens when nothing else is set, and where the README runs the site.</summary>
    public const string KestrelDefaultAddress = "http://127.0.0.1:5000";

    /// <param name="environment">
    /// Where ASPNETCORE_URLS and ASPNETCORE_HTTP_PORTS are read; the process's environment by default.
    /// </param>
    public static async Task<int> RunAsync(string[] arguments, TextWriter output, IConfiguration? environment = null)
    {
        environment ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var url = HealthzOf(arguments.Length > 0 ? arguments[0] : ListeningAddress(environment));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            output.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException
            or InvalidOperationException or UriFormatException)
        {
            output.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }

    private static string HealthzOf(string address) =>
        address.TrimEnd('/').EndsWith(Hosting.HealthEndpoints.Path, StringComparison.OrdinalIgnoreCase)
            ? address
            : address.TrimEnd('/') + Hosting.HealthEndpoints.Path;

    /// <summary>
    /// The address the site itself is set to listen on, from the settings Kestrel reads (the container image sets
    /// ASPNETCORE_HTTP_PORTS=8080), so that the command needs no argument wherever it runs beside the site.
    /// </summary>
    private static string ListeningAddress(IConfiguration environment)
    {
        var url = environment["ASPNETCORE_URLS"]?.Split(
            ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        // A wildcard host (http://+:80, http://*:80, http://0.0.0.0:80, http://[::]:80) is reached on loopback.
        if (url is not null && Uri.TryCreate(
            WildcardHost().Replace(url, "://127.0.0.1"), UriKind.Absolute, out var listening))
        {
            return listening.GetLeftPart(UriPartial.Authority);
        }

        var httpPort = environment["ASPNETCORE_HTTP_PORTS"]?.Split(
            ';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return httpPort is not null ? $"http://127.0.0.1:{httpPort}" : KestrelDefaultAddress;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"://(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial System.Text.RegularExpressions.Regex WildcardHost();
}
