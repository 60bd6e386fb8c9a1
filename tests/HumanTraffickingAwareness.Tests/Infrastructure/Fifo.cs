namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>A named pipe where a file is expected: opening it for reading waits for a writer that never
/// comes.</summary>
public static class Fifo
{
    public static void Make(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
