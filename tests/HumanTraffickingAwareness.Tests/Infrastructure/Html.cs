using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>Fetches pages and parses them the way a browser would, so tests assert on structure, not
/// substrings.</summary>
public static class Html
{
    /// <summary>
    /// Parses with a browsing context of its own: a context is one browser tab, one page at a time (AngleSharp's
    /// maintainer, AngleSharp#885), and tests run in parallel. A context and parser are cheap beside the parse.
    /// </summary>
    public static Task<IDocument> ParseAsync(string html)
    {
        var parser = BrowsingContext.New(Configuration.Default).GetService<IHtmlParser>()!;
        return Task.FromResult<IDocument>(parser.ParseDocument(html));
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var document = await ParseAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static async Task<IDocument> GetPageAsync(HttpClient client, string url)
    {
        var (response, document) = await GetAsync(client, url);
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return document;
    }

    /// <summary>The text a reader sees, with runs of white space collapsed.</summary>
    public static string ReadableText(this INode node) =>
        System.Text.RegularExpressions.Regex.Replace(node.TextContent, @"\s+", " ").Trim();
}
