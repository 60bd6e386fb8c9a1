using AngleSharp;
using AngleSharp.Dom;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>Fetches pages and parses them the way a browser would, so tests assert on structure, not substrings.</summary>
public static class Html
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public static async Task<IDocument> ParseAsync(string html) =>
        await Browser.OpenAsync(request => request.Content(html));

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
