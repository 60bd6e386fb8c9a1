using System.IO.Compression;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// Writes an export into a new folder beside the target and swaps it in at the end, so that a failed or interrupted
/// export leaves the previous one whole. A folder that was not made by an export is never replaced. A target that is
/// a symbolic link keeps being one: the folder it leads to is replaced, not the link.
/// </summary>
public static class ExportFolder
{
    /// <summary>Marks a folder as an export, which a later export may replace.</summary>
    public const string Marker = ".human-trafficking-awareness-export";

    public static string? RefusalFor(string target)
    {
        var real = RealFolder(target);
        return File.Exists(real) ? $"{target} is a file: name a folder"
            : Directory.Exists(real) && Directory.EnumerateFileSystemEntries(real).Any()
                && !File.Exists(Path.Combine(real, Marker))
                ? $"{target} exists and holds files that are not an earlier export: name an empty or new folder"
                : null;
    }

    /// <summary>
    /// The folder an export really writes: where a link leads (its final target, even one not made yet), so that the
    /// link, which a web server's root or a deployment script may name, is left as it is.
    /// </summary>
    public static string RealFolder(string target)
    {
        var info = new DirectoryInfo(target);
        return info.LinkTarget is null ? target : info.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
    }

    /// <param name="fill">Writes every file into the staging folder it is given; false to stop the export.</param>
    /// <returns>False when <paramref name="fill"/> stopped it: then nothing was replaced.</returns>
    public static async Task<bool> WriteAsync(string target, Func<string, Task<bool>> fill)
    {
        var real = RealFolder(target);
        var parent = Path.GetDirectoryName(Path.GetFullPath(real))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(real)}.staging-{Guid.NewGuid():n}");
        Directory.CreateDirectory(staging);
        try
        {
            if (!await fill(staging))
            {
                return false;
            }

            File.WriteAllText(Path.Combine(staging, Marker),
                "Made by 'HumanTraffickingAwareness export': the next export replaces this folder whole.\n");
            Swap(staging, real);
            return true;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public static void SaveText(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// Copies a response into the folder as it arrives, and text into its .br and .gz beside it, each from the file
    /// written: a file is never held whole in memory, whatever its size (an editor's 200 MB video costs a buffer).
    /// </summary>
    public static async Task SaveAsync(string root, string relative, Stream body, bool compress)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
        {
            await body.CopyToAsync(file);
        }

        if (!compress)
        {
            return;
        }

        await CompressAsync(path, path + ".br",
            to => new BrotliStream(to, new BrotliCompressionOptions { Quality = 11 }));
        await CompressAsync(path, path + ".gz", to => new GZipStream(to, CompressionLevel.SmallestSize));
    }

    private static async Task CompressAsync(string from, string to, Func<Stream, Stream> compressor)
    {
        await using var source = File.OpenRead(from);
        await using var compressed = compressor(File.Create(to));
        await source.CopyToAsync(compressed);
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
