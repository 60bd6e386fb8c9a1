namespace HumanTraffickingAwareness.Export;

/// <summary>
/// One response of the site, as the export wrote it: where in the folder, its type, and the two things about its
/// headers that the host configuration repeats per file: what a CDN may keep it for (null: nothing, as for an
/// error), and whether it got the headers that only govern a document.
/// </summary>
public sealed record ExportedFile(
    string Url, string RelativePath, string ContentType, string? CdnCacheControl, bool IsDocument)
{
    /// <summary>
    /// A page's address becomes a folder's index.html (/learn is learn/index.html), as static hosts expect.
    /// </summary>
    public static string PathFor(string url, string contentType)
    {
        var path = url.TrimStart('/');
        var isPage = IsHtml(contentType) && !Path.HasExtension(path);
        return isPage ? (path.Length == 0 ? "index.html" : $"{path}/index.html") : path;
    }

    public static bool IsHtml(string contentType) => contentType.StartsWith("text/html", StringComparison.Ordinal);

    /// <summary>A page: written as a folder's index.html.</summary>
    public bool IsPage =>
        RelativePath == "index.html" || RelativePath.EndsWith("/index.html", StringComparison.Ordinal);

    /// <summary>
    /// Text is precompressed beside itself (.br, .gz), for servers that serve such files as they are.
    /// </summary>
    public static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal)
            || contentType.Contains("xml", StringComparison.Ordinal)
        || contentType.Contains("javascript", StringComparison.Ordinal)
            || contentType.Contains("json", StringComparison.Ordinal)
        || contentType.StartsWith("image/svg", StringComparison.Ordinal);
}
