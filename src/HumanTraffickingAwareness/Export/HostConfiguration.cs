using System.Text;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Hosting.Caching;

namespace HumanTraffickingAwareness.Export;

/// <summary>
/// The server's response headers, written for the static hosts people use: a <c>_headers</c> file (Netlify, Cloudflare
/// Pages) and an nginx <c>server</c> block, both from <see cref="SecurityHeaders.For"/>, the list the server sends.
/// </summary>
public static class HostConfiguration
{
    public const string HeadersFile = "_headers";
    public const string NginxFile = "nginx.conf";

    public static string Headers(bool https)
    {
        var text = new StringBuilder("# Response headers for Netlify and Cloudflare Pages, made by the export from the server's own list.\n/*\n");
        foreach (var (name, value) in SecurityHeaders.For(https))
        {
            text.Append($"  {name}: {value}\n");
        }

        // The server's cache policy (Hosting/Caching/CachePolicy.cs): browsers keep nothing, a CDN a minute.
        text.Append($"  Cache-Control: {CachePolicy.Browsers}\n");
        text.Append($"  {CachePolicy.CdnCacheControl}: {CachePolicy.CdnPages}\n");
        text.Append($"  {CachePolicy.SurrogateControl}: {CachePolicy.CdnPages}\n");

        return text.ToString();
    }

    /// <param name="root">The export folder as nginx will find it.</param>
    /// <param name="languageFolders">Each language's folder other than the default's ("es"): its own "not found" page.</param>
    public static string Nginx(string root, bool https, IEnumerable<string> languageFolders)
    {
        var text = new StringBuilder();
        text.Append("# An nginx server block for the exported site, made by the export. Include it in http { } (with mime.types).\n");
        text.Append("# Move the folder? Change root. Behind TLS, add your listen 443 ssl and certificate lines.\n");
        text.Append("server {\n");
        text.Append("    listen 80;\n");
        text.Append($"    root {root};\n");
        text.Append("    index index.html;\n");
        text.Append("    server_tokens off;\n");
        text.Append("    charset utf-8;\n");
        text.Append("    # Every text file has a .gz (and .br) beside it, made at export time.\n");
        text.Append("    gzip_static on;\n");
        text.Append("    # Remembers which files exist, so try_files costs no file system look-up per request.\n");
        text.Append("    open_file_cache max=10000 inactive=60s;\n");
        text.Append("    open_file_cache_errors on;\n");
        foreach (var (name, value) in SecurityHeaders.For(https))
        {
            text.Append($"    add_header {name} \"{value}\" always;\n");
        }

        text.Append("    # The server's cache policy: browsers keep nothing; a CDN holds good answers (not errors) for a minute.\n");
        text.Append($"    add_header Cache-Control \"{CachePolicy.Browsers}\" always;\n");
        text.Append($"    add_header {CachePolicy.CdnCacheControl} \"{CachePolicy.CdnPages}\";\n");
        text.Append($"    add_header {CachePolicy.SurrogateControl} \"{CachePolicy.CdnPages}\";\n");
        text.Append("    etag on;\n");

        text.Append("    location / {\n");
        text.Append("        try_files $uri $uri/index.html =404;\n");
        text.Append("    }\n");
        foreach (var folder in languageFolders)
        {
            text.Append($"    location /{folder}/ {{\n");
            text.Append("        try_files $uri $uri/index.html =404;\n");
            text.Append($"        error_page 404 /{folder}/404.html;\n");
            text.Append("    }\n");
        }

        text.Append("    error_page 404 /404.html;\n");
        text.Append($"    location ~ /(_headers|{NginxFile.Replace(".", "\\.")}|\\.) {{ return 404; }}\n");
        text.Append("}\n");
        return text.ToString();
    }
}
