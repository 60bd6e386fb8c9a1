using System.Runtime.InteropServices;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// Makes a file unreadable to the code that runs inside <see cref="Run{T}"/>, as a file with the wrong owner or mode is
/// to the site's non-root user in its container. Tests here often run as root, whom permissions do not stop: for the
/// duration, the calling thread gives up the two capabilities that let root read any file (Linux keeps them per
/// thread).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public static class Unreadable
{
    private const uint CapabilityVersion3 = 0x20080522;
    private const int DacOverride = 1;
    private const int DacReadSearch = 2;

    public static T Run<T>(string path, Func<T> action)
    {
        var mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.None);
        var header = new Header { Version = CapabilityVersion3, Pid = 0 };
        var saved = new Data[2];
        Assert.Equal(0, capget(ref header, saved));
        var reduced = (Data[])saved.Clone();
        reduced[0].Effective &= ~((1u << DacOverride) | (1u << DacReadSearch));
        Assert.Equal(0, capset(ref header, reduced));
        try
        {
            Assert.ThrowsAny<UnauthorizedAccessException>(() => File.ReadAllBytes(path));
            return action();
        }
        finally
        {
            capset(ref header, saved);
            File.SetUnixFileMode(path, mode);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Header
    {
        public uint Version;
        public int Pid;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Data
    {
        public uint Effective;
        public uint Permitted;
        public uint Inheritable;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int capget(ref Header header, [In, Out] Data[] data);

    [DllImport("libc", SetLastError = true)]
    private static extern int capset(ref Header header, [In] Data[] data);
}
