using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Reads a file that should be an ordinary file, whatever it really is. A named pipe (mkfifo) put in the content folder
/// would make an ordinary open wait forever for a writer, and the site with it; a device could be read without end.
/// On Linux the file is opened without waiting (O_NONBLOCK, which changes nothing for an ordinary file), and no more
/// is read than the caller can use (from any <see cref="Microsoft.Extensions.FileProviders.IFileProvider"/>).
/// </summary>
public static class RegularFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;

    /// <summary>
    /// Opens the file for reading without waiting for a writer. The caller reads with <see cref="ReadAtMost"/>.
    /// </summary>
    /// <exception cref="IOException">It could not be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The site is not allowed to read it.</exception>
    public static Stream OpenRead(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenRead(path);
        }

        var descriptor = open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw error is 1 or 13
                ? new UnauthorizedAccessException($"permission denied (error {error})")
                : new IOException($"it could not be opened (error {error})");
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    /// <summary>A stream's bytes, but no more than <paramref name="most"/> + 1: one more than the caller can use, so
    /// that it can tell a stream that is too long.</summary>
    /// <exception cref="IOException">It could not be read.</exception>
    public static byte[] ReadAtMost(Stream stream, int most)
    {
        using var bytes = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while (bytes.Length <= most && (
            read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, most + 1 - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
