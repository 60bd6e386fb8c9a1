namespace HumanTraffickingAwareness.Content.Files;

/// <summary>The one rule that maps content files to URLs: the folder structure is the URL structure.</summary>
public static class UrlPaths
{
    /// <summary>The health check's address (Hosting/ContentHealth.cs answers it).</summary>
    public const string Health = "/healthz";

    public const string Sitemap = "/sitemap.xml";

    public const string Robots = "/robots.txt";

    /// <summary>Addresses the site answers besides its pages and static files: a page may link to them.</summary>
    public static IReadOnlySet<string> OtherAddresses { get; } = new HashSet<string>([Sitemap, Robots, Health]);

    /// <summary><c>index.md</c> is "/", <c>learn.md</c> is "/learn", <c>es/index.md</c> is "/es".</summary>
    public static string FromRelativeFile(string relativePath)
    {
        var segments = Path.ChangeExtension(relativePath, null)!.Replace('\\', '/')
            .Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = segments.Length > 0 && segments[^1].Equals("index", StringComparison.OrdinalIgnoreCase) ? ^1 : ^0;
        return "/" + string.Join('/', segments[..end]).ToLowerInvariant();
    }

    /// <summary>
    /// The other way round, for a page not written yet: "/" is <c>index.md</c>, "/learn" is <c>learn.md</c>.
    /// </summary>
    public static string ToRelativeFile(string url)
    {
        var normalized = Normalize(url);
        return normalized == "/" ? "index.md" : normalized.TrimStart('/') + ".md";
    }

    /// <summary>The lookup key of a requested path: lower case, no trailing slash.</summary>
    public static string Normalize(string? url) =>
        string.IsNullOrEmpty(url) || url == "/" ? "/"
        : (url.TrimEnd('/') is var trimmed && trimmed.StartsWith('/') ? trimmed : "/" + trimmed).ToLowerInvariant();

    /// <summary>
    /// Whether a file under the content folder is a page: README.md and files or folders starting with _ are not.
    /// </summary>
    public static bool IsPageFile(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        return relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !parts[^1].Equals("README.md", StringComparison.OrdinalIgnoreCase)
            && parts.All(p => !p.StartsWith('_') && !p.StartsWith('.'));
    }
}
