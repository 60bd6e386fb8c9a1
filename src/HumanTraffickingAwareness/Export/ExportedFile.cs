namespace HumanTraffickingAwareness.Export;

/// <summary>One response of the site, as the export writes it: where in the folder, and its bytes.</summary>
public sealed record ExportedFile(string Url, string RelativePath, string ContentType, byte[] Body)
{
    /// <summary>A page's address becomes a folder's index.html (/learn is learn/index.html), as static hosts expect.</summary>
    public static string PathFor(string url, string contentType)
    {
        var path = url.TrimStart('/');
        var isPage = contentType.StartsWith("text/html", StringComparison.Ordinal) && !Path.HasExtension(path);
        return isPage ? (path.Length == 0 ? "index.html" : $"{path}/index.html") : path;
    }

    /// <summary>Text is precompressed beside itself (.br, .gz), for servers that serve such files as they are.</summary>
    public bool IsText =>
        ContentType.StartsWith("text/", StringComparison.Ordinal) || ContentType.Contains("xml", StringComparison.Ordinal)
        || ContentType.Contains("javascript", StringComparison.Ordinal) || ContentType.Contains("json", StringComparison.Ordinal)
        || ContentType.StartsWith("image/svg", StringComparison.Ordinal);
}
