using System.IO.Compression;
using System.Net.Http.Headers;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>Pages are served from memory, compressed once, and revalidated with ETags, without changing what they
/// say.</summary>
[Trait("Suite", "InProcess")]
public sealed class PageCacheTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public PageCacheTests()
    {
        _site = new SiteFactory(_content.Root);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string url, Action<HttpRequestHeaders>? headers = null,
        HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, url);
        headers?.Invoke(request.Headers);
        return await _site.CreatePlainClient().SendAsync(request);
    }

    [Fact]
    public async Task A_page_carries_a_validator_and_a_cache_policy_a_cdn_can_follow()
    {
        var response = await GetAsync("/learn");

        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.Equal("max-age=60", response.Headers.GetValues("CDN-Cache-Control").Single());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Revalidating_an_unchanged_page_costs_a_304_without_a_body()
    {
        var first = await GetAsync("/learn");
        var etag = first.Headers.ETag!;

        var again = await GetAsync("/learn", h => h.IfNoneMatch.Add(etag));
        var since = await GetAsync("/learn", h => h.IfModifiedSince = first.Content.Headers.LastModified);

        Assert.Equal(304, (int)again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(304, (int)since.StatusCode);
    }

    [Fact]
    public async Task Brotli_gzip_and_plain_readers_get_the_same_page()
    {
        var plain = await (await GetAsync("/learn")).Content.ReadAsStringAsync();

        var brotli = await GetAsync("/learn", h => h.AcceptEncoding.ParseAdd("gzip, deflate, br"));
        var gzip = await GetAsync("/learn", h => h.AcceptEncoding.ParseAdd("gzip"));

        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Equal(plain,
            Decompress(await brotli.Content.ReadAsByteArrayAsync(),
            s => new BrotliStream(s, CompressionMode.Decompress)));
        Assert.Equal(plain,
            Decompress(await gzip.Content.ReadAsByteArrayAsync(), s => new GZipStream(s, CompressionMode.Decompress)));
        Assert.True(brotli.Content.Headers.ContentLength < plain.Length / 3, "compression pays");
        Assert.Contains("</html>", plain);
    }

    [Fact]
    public async Task Another_replica_or_a_restart_still_answers_a_revalidation_with_a_304()
    {
        // This server has seen an edit and its undo; the replica below has only ever loaded the content once.
        var original = (await GetAsync("/learn")).Headers.ETag!;
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is Most at Risk?");
        await Eventually.ReturnsAsync(() => GetAsync("/learn"), r => r.Headers.ETag!.Tag != original.Tag, "the edit");
        _content.Replace("learn.md", "## Who Is Most at Risk?", "## Who is Vulnerable?");
        var (undone, _) = await Eventually.ReturnsAsync(async () =>
        {
            var page = await GetAsync("/learn");
            return (Response: page, Body: await page.Content.ReadAsStringAsync());
        }, page => page.Body.Contains("Who is Vulnerable?"), "the undo");
        var etag = undone.Headers.ETag!;
        using var replica = new SiteFactory(_content.Root);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.IfNoneMatch.Add(etag);

        var response = await replica.CreatePlainClient().SendAsync(request);

        Assert.Equal(304, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_and_no_body()
    {
        await GetAsync("/learn");
        var head = await GetAsync("/learn", method: HttpMethod.Head);

        Assert.Equal(200, (int)head.StatusCode);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_edit_gives_the_page_new_bytes_and_a_new_validator()
    {
        var before = await GetAsync("/learn");
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is Most at Risk?");

        var after = await Eventually.ReturnsAsync(() => GetAsync("/learn"),
            r => r.Headers.ETag!.Tag != before.Headers.ETag!.Tag, "a new ETag");
        Assert.Contains("Who Is Most at Risk?", await after.Content.ReadAsStringAsync());
        var stale = await GetAsync("/learn", h => h.IfNoneMatch.Add(before.Headers.ETag!));
        Assert.Equal(200, (int)stale.StatusCode);
    }

    [Fact]
    public async Task Missing_pages_and_static_files_are_not_cached_as_pages()
    {
        var missing = await GetAsync("/nothing-here");
        var css = await GetAsync("/favicon.svg");

        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.False(missing.Headers.Contains("CDN-Cache-Control"));
        Assert.True(css.Headers.CacheControl!.NoStore);
    }

    private static string Decompress(byte[] data, Func<Stream, Stream> decompressor)
    {
        using var input = decompressor(new MemoryStream(data));
        using var reader = new StreamReader(input);
        return reader.ReadToEnd();
    }
}
