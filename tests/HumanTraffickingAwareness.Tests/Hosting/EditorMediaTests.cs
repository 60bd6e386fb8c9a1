using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>A picture an editor saves in content/media/ is served at once, checked by check-content, and nothing else
/// is.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Suite", "InProcess")]
public sealed class EditorMediaTests : IDisposable
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_picture_saved_in_the_media_folder_is_served_with_its_type_and_a_validator()
    {
        using var site = new SiteFactory(_content.Root);
        Directory.CreateDirectory(_content.PathOf("media"));
        File.WriteAllBytes(_content.PathOf("media/photo.png"), Png);

        var response = await site.CreatePlainClient().GetAsync("/media/photo.png");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("media/drawing.svg", "/media/drawing.svg")]
    [InlineData("media/notes.md", "/media/notes.md")]
    [InlineData("site.yml", "/media/../site.yml")]
    [InlineData("media/photo.png", "/media/")]
    public async Task Only_pictures_and_documents_of_the_media_folder_are_served(string file, string url)
    {
        Directory.CreateDirectory(_content.PathOf("media"));
        File.WriteAllBytes(_content.PathOf("media/photo.png"), Png);
        if (!File.Exists(_content.PathOf(file)))
        {
            _content.Write(file, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        }

        using var site = new SiteFactory(_content.Root);
        var response = await site.CreatePlainClient().GetAsync(url);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_link_in_the_media_folder_to_a_file_outside_it_is_not_served()
    {
        Directory.CreateDirectory(_content.PathOf("media"));
        File.CreateSymbolicLink(_content.PathOf("media/passwd.png"), "/etc/passwd");
        using var site = new SiteFactory(_content.Root);

        var response = await site.CreatePlainClient().GetAsync("/media/passwd.png");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_linked_folder_in_the_media_folder_does_not_lead_outside_it()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_content.Root)!, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "secret.png"), Png);
        Directory.CreateDirectory(_content.PathOf("media"));
        Directory.CreateSymbolicLink(_content.PathOf("media/outdir"), outside);
        using var site = new SiteFactory(_content.Root);

        var response = await site.CreatePlainClient().GetAsync("/media/outdir/secret.png");

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_link_to_a_picture_inside_the_media_folder_serves_the_whole_picture()
    {
        Directory.CreateDirectory(_content.PathOf("media/sub"));
        File.WriteAllBytes(_content.PathOf("media/photo.png"), Png);
        File.CreateSymbolicLink(_content.PathOf("media/sub/same.png"), "../photo.png");
        using var site = new SiteFactory(_content.Root);

        var response = await site.CreatePlainClient().GetAsync("/media/sub/same.png");

        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_named_pipe_in_the_media_folder_is_not_found_at_once()
    {
        Directory.CreateDirectory(_content.PathOf("media"));
        Fifo.Make(_content.PathOf("media/pipe.png"));
        using var site = new SiteFactory(_content.Root);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var response = await site.CreatePlainClient().GetAsync("/media/pipe.png", timeout.Token);

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public void Check_content_accepts_a_picture_that_is_there_and_names_one_that_is_not()
    {
        Directory.CreateDirectory(_content.PathOf("media"));
        File.WriteAllBytes(_content.PathOf("media/photo.png"), Png);
        _content.Replace("learn.md", "## Who is Vulnerable?",
            "![A volunteer at a training](/media/photo.png)\n\n![A map](/media/map.png)\n\n## Who is Vulnerable?");

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        var problem = Assert.Single(lines,
            l => l.StartsWith("content/learn.md:", StringComparison.Ordinal) && l.Contains("/media/"));
        Assert.StartsWith("content/learn.md:", problem);
        Assert.Contains("/media/map.png does not exist", problem);
    }
}
