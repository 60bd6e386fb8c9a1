using System.IO.Compression;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// Writes an export into a new folder beside the target and swaps it in at the end, so that a failed or interrupted
/// export leaves the previous one whole. A folder that was not made by an export is never replaced.
/// </summary>
public static class ExportFolder
{
    /// <summary>Marks a folder as an export, which a later export may replace.</summary>
    public const string Marker = ".human-trafficking-awareness-export";

    public static string? RefusalFor(string target) =>
        File.Exists(target) ? $"{target} is a file: name a folder"
        : Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker))
            ? $"{target} exists and holds files that are not an earlier export: name an empty or new folder"
            : null;

    public static void Write(string target, IEnumerable<ExportedFile> files, IEnumerable<(string RelativePath, string Text)> extras)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():n}");
        try
        {
            foreach (var file in files)
            {
                WriteFile(staging, file.RelativePath, file.Body, file.IsText);
            }

            foreach (var (relative, text) in extras)
            {
                WriteFile(staging, relative, System.Text.Encoding.UTF8.GetBytes(text), compress: false);
            }

            File.WriteAllText(Path.Combine(staging, Marker), "Made by 'HumanTraffickingAwareness export': the next export replaces this folder whole.\n");
            Swap(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void WriteFile(string root, string relative, byte[] body, bool compress)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, body);
        if (compress)
        {
            var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            if (BrotliEncoder.TryCompress(body, brotli, out var written, quality: 11, window: 22))
            {
                File.WriteAllBytes(path + ".br", brotli[..written]);
            }

            using var gzip = new GZipStream(File.Create(path + ".gz"), CompressionLevel.SmallestSize);
            gzip.Write(body);
        }
    }

    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = staging + ".old";
        Directory.Move(target, old);
        Directory.Move(staging, target);
        Directory.Delete(old, recursive: true);
    }
}
