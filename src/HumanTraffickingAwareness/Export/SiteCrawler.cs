using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// Asks the site itself for every address it serves, starting from the pages, the sitemap and the static files, and
/// following every link and asset a page names: each response is what the server would send, so the export needs no
/// renderer of its own.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, Uri baseUrl)
{
    public async Task<(List<ExportedFile> Files, List<string> Problems)> CrawlAsync(IEnumerable<string> seeds)
    {
        var files = new List<ExportedFile>();
        var problems = new List<string>();
        var queue = new Queue<(string Url, string From)>(seeds.Select(s => (s, "the site's own list")));
        var seen = new HashSet<string>(queue.Select(q => q.Url), StringComparer.Ordinal);
        while (queue.TryDequeue(out var next))
        {
            using var response = await client.GetAsync(next.Url);
            if ((int)response.StatusCode != StatusCodes.Status200OK)
            {
                problems.Add($"{next.Url} (linked from {next.From}) answered {(int)response.StatusCode}");
                continue;
            }

            var contentType = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
            var body = await response.Content.ReadAsByteArrayAsync();
            files.Add(new ExportedFile(next.Url, ExportedFile.PathFor(next.Url, contentType), contentType, body));
            if (!contentType.StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var link in LinksIn(System.Text.Encoding.UTF8.GetString(body)))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue((link, next.Url));
                }
            }
        }

        return (files, problems);
    }

    /// <summary>The paths on this site that a page links to or loads: its own addresses, without query or fragment.</summary>
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
