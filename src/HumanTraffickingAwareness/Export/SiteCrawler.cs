using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// Asks the site itself for every address it serves, starting from the pages, the sitemap and the static files, and
/// following every link and asset a page names: each response is what the server would send, so the export needs no
/// renderer of its own.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, Uri baseUrl, string folder)
{
    /// <summary>Every file written so far, in the order written.</summary>
    public List<ExportedFile> Files { get; } = [];

    /// <returns>What could not be exported, each naming the page that links to it.</returns>
    public async Task<List<string>> CrawlAsync(IEnumerable<string> seeds)
    {
        var problems = new List<string>();
        var queue = new Queue<(string Url, string From)>(seeds.Select(s => (s, "the site's own list")));
        var seen = new HashSet<string>(queue.Select(q => q.Url), StringComparer.Ordinal);
        while (queue.TryDequeue(out var next))
        {
            var (status, file) = await SaveAsync(next.Url, StatusCodes.Status200OK);
            if (file is null)
            {
                problems.Add($"{next.Url} (linked from {next.From}) answered {status}");
                continue;
            }

            if (!ExportedFile.IsHtml(file.ContentType))
            {
                continue;
            }

            // A page is a few kilobytes: read back from the file just written, to find what it links to.
            foreach (var link in LinksIn(await File.ReadAllTextAsync(Path.Combine(folder, file.RelativePath))))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue((link, next.Url));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Asks for <paramref name="url"/> and, when it answers <paramref name="expected"/>, streams the answer into the
    /// folder, at <paramref name="relativePath"/> or where its address belongs.
    /// </summary>
    public async Task<(int Status, ExportedFile? File)> SaveAsync(string url, int expected, string? relativePath = null)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        if ((int)response.StatusCode != expected)
        {
            return ((int)response.StatusCode, null);
        }

        var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var cdn = response.Headers.TryGetValues(Hosting.Caching.CachePolicy.CdnCacheControl, out var values)
            ? values.First()
            : null;
        var file = new ExportedFile(url, relativePath ?? ExportedFile.PathFor(url, contentType), contentType, cdn,
            IsDocument: response.Headers.Contains("X-Frame-Options"));
        await using var body = await response.Content.ReadAsStreamAsync();
        await ExportFolder.SaveAsync(folder, file.RelativePath, body, ExportedFile.IsText(contentType));
        Files.Add(file);
        return ((int)response.StatusCode, file);
    }

    /// <summary>
    /// The paths on this site that a page links to or loads: its own addresses, without query or fragment.
    /// </summary>
    public IEnumerable<string> LinksIn(string html)
    {
        foreach (Match match in Attribute().Matches(html))
        {
            var value = System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value);
            if (value.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal))
            {
                value = "/" + value[baseUrl.AbsoluteUri.Length..];
            }

            if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var end = value.IndexOfAny(['#', '?']);
            var path = end < 0 ? value : value[..end];
            if (path.Length > 0)
            {
                yield return path;
            }
        }
    }

    [GeneratedRegex(@"(?:href|src|content)=""(?<value>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
