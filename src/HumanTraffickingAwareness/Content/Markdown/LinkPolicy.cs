using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// Decides, on the parsed document, which link and image URLs may reach the page. Markdig's DisableHtml stops raw
/// HTML but still renders <c>[x](javascript:...)</c> as a live link; this walk is what makes such links inert.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel", "sms"];

    public static void Apply(MarkdownDocument document, FileProblems problems)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage && IsSafe(link.Url) && IsOffSite(link.Url))
            {
                // An image from elsewhere tells that site who reads this page, and the CSP would block it anyway.
                problems.Add(link.Line + 1, $"the image '{Shorten(link.Url)}' is on another site: put " +
                    "the file in content/media/ " +
                    "and write its path on this site, such as /media/poster.jpg");
                Unwrap(link);
                continue;
            }

            if (IsSafe(link.Url))
            {
                link.Url = WithSlashes(link.Url);
                if (!link.IsImage && IsExternal(link.Url))
                {
                    // Outbound links must not tell the other site where the reader came from.
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
                }

                continue;
            }

            problems.Add(link.Line + 1,
                $"the {(link.IsImage ? "image" : "link")} address '{Shorten(link.Url)}' is not allowed: use http(s), " +
                    "mailto, tel, sms or a path on this site");
            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
            {
                problems.Add(autolink.Line + 1, $"the link address '{Shorten(autolink.Url)}' is not allowed");
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
            else if (IsExternal(autolink.Url))
            {
                autolink.Url = WithSlashes(autolink.Url)!;
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
    }

    /// <summary>
    /// True for http(s), mailto, tel, sms and URLs without a scheme (paths and #fragments on this site).
    /// </summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = Compact(url);
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            // No scheme, but "//host" would leave the site without saying how: only allow it with a scheme.
            return !compact.StartsWith("//", StringComparison.Ordinal)
                && !compact.StartsWith(@"\\", StringComparison.Ordinal)
                && !compact.StartsWith(@"/\", StringComparison.Ordinal);
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True for an http(s) address, also one written without its slashes (<c>http:evil.example</c>), which a browser
    /// on an https page takes for http://evil.example/: it leads off the site, never to a path on it.
    /// </summary>
    public static bool IsExternal(string? url) => SchemeOf(url) is { } scheme && IsWeb(scheme);

    /// <summary>
    /// An address with a scheme: not a path on this site (IsSafe already refuses one starting with //).
    /// </summary>
    private static bool IsOffSite(string? url) => SchemeOf(url) is not null;

    // http:evil.example reads as a path on an http page and as http://evil.example/ on an https one: written out
    // whole, it is the same external address wherever the page is served.
    private static string? WithSlashes(string? url)
    {
        if (url is null || SchemeOf(url) is not { } scheme || !IsWeb(scheme))
        {
            return url;
        }

        var rest = url.Trim()[(url.Trim().IndexOf(':') + 1)..];
        return rest.StartsWith("//", StringComparison.Ordinal) ? url : scheme.ToLowerInvariant() + "://"
            + rest.TrimStart('/', '\\');
    }

    private static bool IsWeb(string scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);

    /// <summary>The scheme before the first colon, when that colon comes before any / ? or #; else null.</summary>
    private static string? SchemeOf(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var compact = Compact(url);
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        return colon <= 0 || (firstDelimiter >= 0 && firstDelimiter < colon) ? null : compact[..colon];
    }

    // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge it without them.
    private static string Compact(string url) => new(url.Where(c => c > ' ' && c != '\u007f').ToArray());

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(
                string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))));
            return;
        }

        // Keep the words of the link, drop the address.
        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }

    private static string Shorten(string? url) => url is null ? "" : url.Length <= 40 ? url : url[..40] + "…";
}
