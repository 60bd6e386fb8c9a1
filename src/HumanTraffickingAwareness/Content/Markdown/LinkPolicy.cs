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
            if (IsSafe(link.Url))
            {
                if (!link.IsImage && IsExternal(link.Url))
                {
                    // Outbound links must not tell the other site where the reader came from.
                    link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
                }

                continue;
            }

            problems.Add(link.Line + 1,
                $"the {(link.IsImage ? "image" : "link")} address '{Shorten(link.Url)}' is not allowed: use http(s), mailto, tel, sms or a path on this site");
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
                autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
            }
        }
    }

    /// <summary>True for http(s), mailto, tel, sms and URLs without a scheme (paths and #fragments on this site).</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so judge it without them.
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            // No scheme, but "//host" would leave the site without saying how: only allow it with a scheme.
            return !compact.StartsWith("//", StringComparison.Ordinal) && !compact.StartsWith(@"\\", StringComparison.Ordinal)
                && !compact.StartsWith(@"/\", StringComparison.Ordinal);
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    public static bool IsExternal(string? url) =>
        url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))));
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
