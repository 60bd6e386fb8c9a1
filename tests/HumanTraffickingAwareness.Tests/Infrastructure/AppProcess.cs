using System.Diagnostics;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The built app run as its own process, as an operator or the Dockerfile runs it: for what only a real command line
/// shows (its arguments, its environment, whether it exits). A run that does not exit in time is stopped and fails.
/// </summary>
public static class AppProcess
{
    /// <param name="app">The app's dll: the one built beside the tests by default, or a published one.</param>
    public static async Task<(int Exit, string Output)> RunAsync(string[] arguments, IReadOnlyDictionary<string,
        string>? environment = null, string? app = null)
    {
        // dotnet test names the dotnet it runs under; the app's dll is built beside the tests.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(app ?? Path.Combine(AppContext.BaseDirectory, "HumanTraffickingAwareness.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The site's own port settings would otherwise leak in from the machine running the tests.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', arguments)}' did not exit within 30 s");
        }

        return (process.ExitCode, await output + await errors);
    }
}
