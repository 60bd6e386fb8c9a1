using System.Text;
using Microsoft.Extensions.FileProviders;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Reads a content file as an editor meant it. A file being saved can be caught half-written; a read only counts when
/// the file's size and time did not change while it was read. A file or a line over <see cref="TextLimits"/> is a
/// problem at the line that crosses the limit.
/// </summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(
        encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="relative">The file's path inside the content folder, with forward slashes.</param>
    public static string? Read(IFileProvider folder, string relative, FileProblems problems)
    {
        byte[] bytes = [];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var before = folder.GetFileInfo(relative);
                using (var stream = before.CreateReadStream())
                {
                    bytes = RegularFile.ReadAtMost(stream, TextLimits.MaxBytes);
                }

                var after = folder.GetFileInfo(relative);
                if (bytes.Length > TextLimits.MaxBytes
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

        if (bytes.Length > TextLimits.MaxBytes)
        {
            TextLimits.TooLarge(bytes, problems);
            return null;
        }

        try
        {
            // A BOM before the opening --- would hide the front matter from the parser.
            var text = StrictUtf8.GetString(bytes);
            text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            return TextLimits.LinesFit(text, problems) ? text : null;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(1, "is not UTF-8 text: save it as UTF-8");
            return null;
        }
    }
}
