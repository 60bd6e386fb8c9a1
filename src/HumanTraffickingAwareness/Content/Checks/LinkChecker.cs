using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Checks;

/// <summary>
/// Checks, once every page is known, that each link on a published page leads somewhere: to a published page (and,
/// with a #fragment, to a section or definition that page has), to an editor's file in content/media/, or to a file of
/// the site's wwwroot/. A broken link is reported but does not take its page down.
/// </summary>
public sealed class LinkChecker(string? webRoot, FolderListing files)
{
    // Addresses the site answers that are not content pages.

    // The link-preview images, drawn at run time by Sharing/ShareImages rather than kept in wwwroot/.
    private static readonly System.Text.RegularExpressions.Regex ShareImages = new(
        @"^/images/share(\.[a-z]{2,3}(-[a-z0-9]{2,8})?)?\.png$");

    /// <param name="asWritten">The pages whose links are checked: every page file as written now.</param>
    /// <param name="pages">The pages that are published: where links may lead.</param>
    /// <param name="pageFileUrls">The address of every page file, also of those that failed: a link to one of them is
    /// not reported again (the file's own problems are).</param>
    public void Check(IEnumerable<ContentPage> asWritten, IReadOnlyDictionary<string, ContentPage> pages,
        IReadOnlySet<string> pageFileUrls, LoadProblems problems)
    {
        foreach (var page in asWritten.Where(p => !p.FrontMatter.Draft))
        {
            foreach (var link in page.Rendered.Links)
            {
                if (Problem(page, link, pages, pageFileUrls) is { } message)
                {
                    problems.For(page.SourcePath).Add(link.Line, message);
                }
            }
        }
    }

    private string? Problem(ContentPage page, PageLink link, IReadOnlyDictionary<string, ContentPage> pages,
        IReadOnlySet<string> pageFileUrls)
    {
        var url = link.Url;
        if (url.Contains(':', StringComparison.Ordinal) && !url.StartsWith('/') && !url.StartsWith('#'))
        {
            return null; // https:, mailto:, tel:, sms: lead elsewhere and are not ours to check.
        }

        if (!url.StartsWith('/') && !url.StartsWith('#'))
        {
            return $"write the link '{url}' as an address on this site starting with /, such as /learn";
        }

        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var targetUrl = UrlPaths.Normalize(path.Split('?')[0]);
        var target = path.Length == 0 ? page : pages.GetValueOrDefault(targetUrl);
        if (target is null && path.Length > 0 && pageFileUrls.Contains(targetUrl))
        {
            return null;
        }

        if (target is null || target.FrontMatter.Draft)
        {
            if (!link.IsImage && UrlPaths.OtherAddresses.Contains(path))
            {
                return null;
            }

            if (path.StartsWith(EditorMedia.UrlPrefix, StringComparison.Ordinal))
            {
                return MediaProblem(url, path);
            }

            if (IsStaticFile(path) || ShareImages.IsMatch(path))
            {
                return null;
            }

            return link.IsImage
                ? $"the image {url} does not exist: put the file in content/{EditorMedia.Folder}/ and write its path " +
                    $"as {EditorMedia.UrlPrefix}file-name.jpg"
                : target is null ? $"the link {url} leads to no page of this site"
                    : $"the link {url} leads to a draft, which readers cannot see";
        }

        if (link.IsImage)
        {
            return $"the image {url} is a page, not a picture";
        }

        return string.IsNullOrEmpty(fragment) || target.Rendered.Ids.Contains(fragment)
            ? null
            : $"the link {url} points to a section '{fragment}' that {target.Url} does not have";
    }

    private string? MediaProblem(string url, string path)
    {
        var relative = Uri.UnescapeDataString(path.TrimStart('/'));
        if (!files.Contains(relative))
        {
            return $"the file {url} does not exist: put it in content/{EditorMedia.Folder}/ (the name must match, in " +
                "the same upper and lower case)";
        }

        return EditorMedia.IsServed(relative)
            ? null
            : $"the file {url} is of a kind the site does " +
                $"not serve: use {string.Join(", ", EditorMedia.ContentTypes.Keys)}";
    }

    private bool IsStaticFile(string path)
    {
        if (webRoot is null || path.Length < 2)
        {
            return false;
        }

        var full = Path.GetFullPath(Path.Combine(webRoot, Uri.UnescapeDataString(path.TrimStart('/'))));
        return full.StartsWith(Path.GetFullPath(webRoot), StringComparison.Ordinal) && File.Exists(full);
    }
}
