namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>healthcheck [URL]</c>: asks a running site's /healthz and exits 0 when it is healthy. Used by the Dockerfile's
/// HEALTHCHECK, because the runtime image has no curl or wget.
/// </summary>
public static class HealthCheckCommand
{
    public const string Name = "healthcheck";

    public static async Task<int> RunAsync(string[] arguments, TextWriter output)
    {
        var url = arguments.Length > 0 ? arguments[0] : "http://127.0.0.1:8080/healthz";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            output.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"{url}: {e.Message}");
            return 1;
        }
    }
}
