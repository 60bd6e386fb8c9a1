using System.Text;
using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Hosting.Caching;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// The server's response headers and answers, written for the static hosts people use: a <c>_headers</c> and a
/// <c>_redirects</c> file (Netlify, Cloudflare Pages) and an nginx <c>server</c> block, from
/// <see cref="SecurityHeaders.For"/> (the list the server sends) and from what the server answered for each file.
/// </summary>
public static partial class HostConfiguration
{
    public const string HeadersFile = "_headers";
    public const string RedirectsFile = "_redirects";
    public const string NginxFile = "nginx.conf";

    /// <summary>
    /// Whether an address can be written into these files as it is. An editor's file name may hold a space, a quote or
    /// a $ (which nginx reads as a variable, and then refuses the whole file): such a page is still served from its
    /// file, but is left out of the per-address rules (its wrong case and untranslated versions get the 404 page).
    /// </summary>
    public static bool IsPlain(string url) => PlainAddress().IsMatch(url);

    [GeneratedRegex(@"^[\p{L}\p{N}/._~-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainAddress();

    /// <remarks>
    /// Every address gets the document headers (frame and permissions), stylesheets and pictures too, unlike the
    /// server: these hosts' rules only add headers, and an unknown address (a 404) matches only <c>/*</c>, which must
    /// carry them. On a stylesheet they cost bytes and do nothing. What a CDN may keep is said file by file, as the
    /// server said it: a minute for a page, a year for a fingerprinted file, nothing for an error.
    /// </remarks>
    public static string Headers(bool https, IEnumerable<ExportedFile> files)
    {
        var text = new StringBuilder("# Response headers for Netlify and Cloudflare Pages, made by the export from " +
            "the server's own list.\n/*\n");
        foreach (var (name, value) in SecurityHeaders.For(https))
        {
            text.Append($"  {name}: {value}\n");
        }

        // The server's cache policy (Hosting/Caching/CachePolicy.cs): browsers keep nothing.
        text.Append($"  Cache-Control: {CachePolicy.Browsers}\n");
        var kept = files.Where(f => f.CdnCacheControl is not null && IsPlain(f.Url));
        foreach (var file in kept.OrderBy(f => f.Url, StringComparer.Ordinal))
        {
            var addresses = file.IsPage && file.Url != "/" ? [file.Url, file.Url + "/"] : new[] { file.Url };
            foreach (var address in addresses)
            {
                text.Append($"{address}\n  {CachePolicy.CdnCacheControl}: {file.CdnCacheControl}\n");
                text.Append($"  {CachePolicy.SurrogateControl}: {file.CdnCacheControl}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Netlify: each address of a page not translated into its language answers 404 with the server's "read it in
    /// English" page written there (Cloudflare Pages takes no 404 rule and serves that page with 200).
    /// </summary>
    public static string Redirects(IEnumerable<string> untranslated)
    {
        var text = new StringBuilder("# For Netlify, made by the export: pages not translated " +
            "answer 404, as on the server.\n");
        foreach (var url in untranslated.Where(IsPlain))
        {
            text.Append($"{url}  {url}/index.html  404!\n");
        }

        return text.ToString();
    }

    /// <param name="root">The export folder as nginx will find it.</param>
    /// <param name="languageFolders">
    /// Each language's folder other than the default's ("es"): its own "not found" page.
    /// </param>
    /// <param name="files">Every file exported, with the server's type and cache policy for it.</param>
    /// <param name="untranslated">
    /// Addresses of pages not in their language, each with the "read it in English" page.
    /// </param>
    public static string Nginx(string root, bool https, IEnumerable<string> languageFolders,
        IReadOnlyCollection<ExportedFile> files, IEnumerable<string> untranslated)
    {
        var text = new StringBuilder();
        text.Append("# An nginx server block for the exported site, made by the export. Include it in http { }.\n");
        text.Append("# Move the folder? Change root. Behind TLS, add your listen 443 ssl and certificate lines.\n");
        text.Append("# The maps (hta_ names) belong to http { } too; each is worked out only " +
            "when a response uses it.\n");
        AppendMaps(text, languageFolders, files, untranslated);
        text.Append("server {\n");
        text.Append("    listen 80;\n");
        text.Append($"    root {root};\n");
        text.Append("    index index.html;\n");
        text.Append("    server_tokens off;\n");
        text.Append("    # Redirects name the path alone, as the server's do: right behind any proxy or port.\n");
        text.Append("    absolute_redirect off;\n");
        AppendTypes(text, files);
        text.Append("    # Every text file has a .gz (and .br) beside it, made at export time; " +
            "caches key on the encoding.\n");
        text.Append("    gzip_static on;\n");
        text.Append("    gzip_vary on;\n");
        text.Append("    # Remembers which files exist, so try_files costs no file system look-up per request.\n");
        text.Append("    open_file_cache max=10000 inactive=60s;\n");
        text.Append("    open_file_cache_errors on;\n");
        foreach (var (name, value) in SecurityHeaders.For(https))
        {
            var sent = name switch
            {
                "X-Frame-Options" => "$hta_x_frame_options",
                "Permissions-Policy" => "$hta_permissions_policy",
                _ => value,
            };
            text.Append($"    add_header {name} \"{sent}\" always;\n");
        }

        text.Append("    # The server's cache policy: browsers keep nothing; a CDN keeps good answers, not errors.\n");
        text.Append($"    add_header Cache-Control \"{CachePolicy.Browsers}\" always;\n");
        text.Append($"    add_header {CachePolicy.CdnCacheControl} $hta_cdn_cache_control;\n");
        text.Append($"    add_header {CachePolicy.SurrogateControl} $hta_cdn_cache_control;\n");
        text.Append("    etag on;\n");
        text.Append("    # A page not written in its language: the server's \"read it in English\" page, with 404.\n");
        text.Append("    if ($hta_untranslated) { return 404; }\n");
        text.Append("    location / {\n");
        text.Append("        try_files $uri $uri/index.html @missing;\n");
        text.Append("    }\n");
        text.Append("    # /LEARN, a shared link typed with the wrong case, goes to /learn, as on the " +
            "server; else not found.\n");
        text.Append("    location @missing {\n");
        text.Append("        if ($hta_page_in_lower_case) { return 301 $hta_page_in_lower_case$is_args$args; }\n");
        text.Append("        return 404;\n");
        text.Append("    }\n");
        text.Append("    # Each language's own \"not found\" page.\n");
        text.Append("    error_page 404 $hta_not_found_page;\n");
        text.Append($"    location ~ /(_headers|_redirects|{NginxFile.Replace(".", "\\.")}|\\.) {{ return 404; }}\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendMaps(StringBuilder text, IEnumerable<string> languageFolders,
        IReadOnlyCollection<ExportedFile> files, IEnumerable<string> untranslated)
    {
        // The server leaves the document headers off a stylesheet, script or picture (Hosting/SecurityHeaders.cs); an
        // empty value is a header nginx does not send.
        var notDocuments = files.Where(f => !f.IsDocument).Select(f => f.ContentType)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var (variable, header) in new[]
            { ("hta_x_frame_options", "X-Frame-Options"), ("hta_permissions_policy", "Permissions-Policy") })
        {
            var value = SecurityHeaders.For(https: false).First(h => h.Key == header).Value;
            text.Append($"map $sent_http_content_type ${variable} {{\n    default \"{value}\";\n");
            foreach (var type in notDocuments)
            {
                text.Append($"    \"{type}\" \"\";\n");
            }

            text.Append("}\n");
        }

        // What a CDN may keep: a fingerprinted file for good, a page a minute; a redirect nothing, as on the server.
        text.Append("map $status $hta_cdn_cache_control {\n    default $hta_cdn_by_address;\n    301 \"\";\n}\n");
        text.Append("map $uri $hta_cdn_by_address {\n");
        text.Append($"    default \"{CachePolicy.CdnPages}\";\n");
        var longer = files.Where(f => f.CdnCacheControl is { } cdn && cdn != CachePolicy.CdnPages && IsPlain(f.Url));
        foreach (var file in longer.OrderBy(f => f.Url, StringComparer.Ordinal))
        {
            text.Append($"    \"{file.Url}\" \"{file.CdnCacheControl}\";\n");
        }

        text.Append("}\n");

        var missing = untranslated.Where(IsPlain).ToList();
        // Volatile: looked at again after the internal redirect to the page written there, which is no longer missing.
        text.Append("map $uri $hta_untranslated {\n    volatile;\n    default \"\";\n");
        foreach (var url in missing)
        {
            text.Append($"    \"{url}\" 1;\n    \"{url}/\" 1;\n");
        }

        text.Append("}\n");

        text.Append("map $uri $hta_not_found_page {\n    default /404.html;\n");
        foreach (var url in missing)
        {
            text.Append($"    \"{url}\" {url}/index.html;\n    \"{url}/\" {url}/index.html;\n");
        }

        foreach (var folder in languageFolders)
        {
            text.Append($"    \"~*^/{Regex.Escape(folder)}/\" /{folder}/404.html;\n");
        }

        text.Append("}\n");

        text.Append("map $uri $hta_page_in_lower_case {\n    default \"\";\n");
        var pages = files.Where(f => f.IsPage && f.CdnCacheControl is not null && f.Url.Any(char.IsLetter)
            && IsPlain(f.Url));
        foreach (var page in pages.OrderBy(f => f.Url, StringComparer.Ordinal))
        {
            text.Append($"    \"~*^{Regex.Escape(page.Url)}/?$\" {page.Url};\n");
        }

        text.Append("}\n");
    }

    /// <summary>
    /// Each file's type as the server sent it, from the files themselves rather than nginx's mime.types (which, for
    /// one, calls the sitemap text/xml), and a charset where the server names one.
    /// </summary>
    private static void AppendTypes(StringBuilder text, IReadOnlyCollection<ExportedFile> files)
    {
        static string TypeOf(string contentType) => contentType.Split(';')[0].Trim();
        var byExtension = files.Where(f => Path.HasExtension(f.RelativePath))
            .GroupBy(f => Path.GetExtension(f.RelativePath).TrimStart('.'), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        text.Append("    types {\n");
        foreach (var extension in byExtension)
        {
            text.Append($"        {TypeOf(extension.First().ContentType)} {extension.Key};\n");
        }

        text.Append("    }\n");
        text.Append("    default_type application/octet-stream;\n");
        var withCharset = files.Where(f => f.ContentType.Contains("charset=utf-8", StringComparison.OrdinalIgnoreCase))
            .Select(f => TypeOf(f.ContentType)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        text.Append("    charset utf-8;\n");
        text.Append($"    charset_types {(withCharset.Count == 0 ? "text/html" : string.Join(' ', withCharset))};\n");
    }
}
