using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace HumanTraffickingAwareness.Hosting.Caching;

/// <summary>
/// One rendered page, kept as bytes in every encoding we offer: compressed once, when the content version is first
/// asked for, and then only copied to each reader.
/// </summary>
public sealed record CachedPage(string ContentType, byte[] Identity, DateTimeOffset LoadedAt)
{
    public byte[] Brotli { get; } = CompressBrotli(Identity);

    // gzip: Optimal and SmallestSize gave the same size (5.3 kB) on /learn, SmallestSize twice the time on 5 MB.
    public byte[] Gzip { get; } = Compress(Identity, s => new GZipStream(s, CompressionLevel.Optimal));

    // From the bytes alone, not the content version (a per-process counter): every replica, and the same replica
    // after a restart, gives an unchanged page the same validator, so a reader or CDN revalidating gets a 304.
    // Weak, as one validator stands for the plain, Brotli and gzip bodies of the same page.
    public string ETagHeader { get; } =
        $"W/\"{Convert.ToHexString(SHA256.HashData(Identity), 0, 12).ToLowerInvariant()}\"";

    public EntityTagHeaderValue ETag => field ??= EntityTagHeaderValue.Parse(ETagHeader);

    /// <summary>Whether an If-None-Match names this page: weak comparison, as RFC 9110 asks.</summary>
    public bool IsMatchedBy(IList<EntityTagHeaderValue> tags) =>
        tags.Any(tag => tag.Tag == "*" || tag.Compare(ETag, useStrongComparison: false));

    // HTTP dates have whole seconds: a revalidation sends back what it was given.
    public DateTimeOffset LastModified { get; } = DateTimeOffset.FromUnixTimeSeconds(LoadedAt.ToUnixTimeSeconds());

    public string LastModifiedHeader => field ??= HeaderUtilities.FormatDate(LastModified);

    // Measured here on /learn (19 kB): quality 11 gives 4.1 kB in 24 ms, quality 5 4.9 kB in 0.5 ms; on a 5 MB page
    // quality 11 took 8 s and quality 5 81 ms. A page is compressed once per content version, so ordinary pages get the
    // smallest bytes (they decide the first view's budget) and only a page far larger than ours gets the quick level.
    private const int LargePage = 256 * 1024;

    private static byte[] CompressBrotli(byte[] data)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        return BrotliEncoder.TryCompress(data, output, out var written, data.Length <= LargePage ? 11 : 5, window: 22)
            ? output[..written] : Compress(data, s => new BrotliStream(s, CompressionLevel.Fastest));
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(data);
        }

        return output.ToArray();
    }
}
