using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Win32.SafeHandles;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Reads a content file as an editor meant it. A file being saved can be caught half-written; a read only counts when
/// the file's size and time did not change while it was read. A file or a line over the limits is a problem at the
/// line that crosses the limit. A named pipe (mkfifo) would make an ordinary open wait forever for a writer, and the
/// site with it: on Linux a file on disk is opened without waiting (O_NONBLOCK, which changes nothing for an ordinary
/// file), and no more than the limit is read (a device could be read without end). The limits
/// are far above anything an editor writes (the largest file of content/ is 8 KB, its longest line 311 characters),
/// far below what would make Markdig or YamlDotNet slow. (How deeply Markdown may nest is Markdown/MarkdownNesting's.)
/// </summary>
public static class TextFileReader
{
    public const int MaxBytes = 128 * 1024;

    public const int MaxLineLength = 2_000;

    private static readonly string[] LineEnds = ["\r\n", "\r", "\n"];

    private static readonly UTF8Encoding StrictUtf8 =
        new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The lines of a text, as Markdig and YamlDotNet count them: a line ends at \n, \r\n or \r, and at nothing else
    /// (.NET's own line enumeration also ends lines at \f, U+0085, U+2028 and U+2029).
    /// </summary>
    public static string[] Lines(string text) => text.Split(LineEnds, StringSplitOptions.None);

    /// <param name="relative">The file's path inside the content folder, with forward slashes.</param>
    public static string? Read(IFileProvider folder, string relative, FileProblems problems)
    {
        byte[] bytes = [];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var before = folder.GetFileInfo(relative);
                using (var stream = before.PhysicalPath is { } path && OperatingSystem.IsLinux()
                    ? OpenWithoutWaiting(path) : before.CreateReadStream())
                {
                    bytes = ReadAtMostLimit(stream);
                }

                var after = folder.GetFileInfo(relative);
                if (bytes.Length > MaxBytes
                    || (before.Length == after.Length && before.LastModified == after.LastModified
                        && bytes.Length == after.Length))
                {
                    break;
                }
            }
            catch (IOException) when (attempt < 9)
            {
                // Locked or replaced mid-read by an editor's save: try again shortly.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // One file that cannot be read is one problem: the others still load.
                problems.Add(1, e is UnauthorizedAccessException
                    ? "could not be read: the site is not allowed to read this file (check its permissions)"
                    : $"could not be read: {e.Message}");
                return null;
            }

            Thread.Sleep(20);
        }

        if (bytes.Length > MaxBytes)
        {
            // At the line the first byte past the limit is on.
            problems.Add(Lines(Encoding.UTF8.GetString(bytes, 0, MaxBytes)).Length, $"this file is " +
                $"larger than {MaxBytes / 1024} KB, the most a content file may be, from this line on: split it " +
                "into several pages");
            return null;
        }

        try
        {
            // A BOM before the opening --- would hide the front matter from the parser.
            var text = StrictUtf8.GetString(bytes);
            text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            var lines = Lines(text);
            if (Array.FindIndex(lines, line => line.Length > MaxLineLength) is var tooLong and >= 0)
            {
                problems.Add(tooLong + 1, $"this line is {lines[tooLong].Length:N0} characters long, more than the " +
                    $"{MaxLineLength:N0} a line may have: break it into several lines (a blank line between " +
                    "paragraphs)");
                return null;
            }

            return text;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(1, "is not UTF-8 text: save it as UTF-8");
            return null;
        }
    }

    // No more than MaxBytes + 1 bytes: one more than a file may have, to tell one that is too large. The buffer fits
    // the file (a new one of the limit's size for each file would be a large object, and a load reads every file);
    // a pipe or device has no size worth trusting.
    private static byte[] ReadAtMostLimit(Stream stream)
    {
        var buffer = new byte[stream.CanSeek && stream.Length is > 0 and < MaxBytes ? stream.Length + 1 : MaxBytes + 1];
        return buffer[..stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];
    }

    /// <exception cref="IOException">It could not be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The site is not allowed to read it.</exception>
    private static FileStream OpenWithoutWaiting(string path)
    {
        const int readOnlyNonBlockingCloseOnExec = 0x800 | 0x80000;
        var descriptor = open(path, readOnlyNonBlockingCloseOnExec);
        var error = Marshal.GetLastPInvokeError();
        return descriptor >= 0
            ? new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0)
            : throw (error is 1 or 13 ? new UnauthorizedAccessException($"permission denied (error {error})")
                : new IOException($"it could not be opened (error {error})"));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
