using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The site as operators run it: the publish command of docs/operators.md, then the published dll started from an
/// unrelated working directory on a free loopback port.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hta-publish", Guid.NewGuid().ToString("n"));
    private Process? _server;

    public string Output => Path.Combine(_folder, "out");

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var project = Path.Combine(TempContent.RepositoryRoot, "src", "HumanTraffickingAwareness");
        var (code, output) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-o", Output],
            TempContent.RepositoryRoot);
        Assert.True(code == 0, "dotnet publish failed:\n" + output);

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet",
            [Path.Combine(Output, "HumanTraffickingAwareness.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("Content__Path");
        start.Environment["Site__BaseUrl"] = $"http://127.0.0.1:{port}";
        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}")
        };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                if ((await Client.GetAsync("/")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
            }

            Assert.True(DateTime.UtcNow < deadline && !_server.HasExited, "the published site did not start");
            await Task.Delay(200);
        }
    }

    public ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(5000);
        }

        _server?.Dispose();
        Client?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task<(int Code, string Output)> RunAsync(string file, string[] arguments,
        string workingDirectory)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
