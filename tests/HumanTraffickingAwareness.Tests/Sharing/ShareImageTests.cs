using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Sharing.ShareImages;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Sharing;

/// <summary>The link-preview images are drawn from site.yml and the language files, so no picture of a number goes
/// stale.</summary>
[Trait("Suite", "InProcess")]
public sealed class ShareImageTests
{
    [Fact]
    public async Task Each_language_has_its_own_1200_by_630_png_at_a_stable_address()
    {
        var client = new RepositorySite().CreatePlainClient();

        using var english = await GetImageAsync(client, "/images/share.png");
        using var spanish = await GetImageAsync(client, "/images/share.es.png");

        Assert.Equal((1200, 630), (english.Width, english.Height));
        Assert.Equal((1200, 630), (spanish.Width, spanish.Height));
        Assert.NotNull(Differences(english, spanish));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/images/share.xx.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/images/share.en.png")).StatusCode);
    }

    [Fact]
    public async Task A_changed_number_in_site_yml_reaches_the_image_where_the_number_is_drawn()
    {
        using var content = new TempContent();
        await using var site = new SiteFactory(content.Root);
        var client = site.CreatePlainClient();
        var before = await client.GetByteArrayAsync("/images/share.png");

        // Both forms of the call number in one save, or the site refuses the file (phone_dial must dial the number
        // shown).
        content.Write("site.yml",
            content.Read("site.yml").Replace("1-888-373-7888", "1-888-373-7000").Replace("+18883737888",
            "+18883737000"));
        var after = await Eventually.ReturnsAsync(() => client.GetByteArrayAsync("/images/share.png"),
            png => !png.AsSpan().SequenceEqual(before), "the share image to be drawn again after site.yml changed");

        using var old = SKBitmap.Decode(before);
        using var changed = SKBitmap.Decode(after);
        // Only the call number's last digits differ: inside the yellow call pill (x 80 on, y 478-558), nowhere else.
        var box = Differences(old, changed)!.Value;
        Assert.True(box.Left >= 80 && box.Right <= 700 && box.Top >= 478 && box.Bottom <= 558,
            $"pixels changed outside the call number: {box}");
        // And what is there is the new number, exactly as drawn on its own.
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        var card = ShareCard.For(snapshot.Site!, snapshot.DefaultLanguage);
        Assert.Equal("Call 1-888-373-7000", card.Call);
        using var expected = SKBitmap.Decode(ShareImageRenderer.Render(card));
        Assert.Null(Differences(expected, changed));
    }

    [Theory]
    [InlineData("/images/share.png")]
    [InlineData("/images/share.es.png")]
    public async Task A_crawler_asking_head_first_is_told_it_is_a_png(string path)
    {
        // A site of its own: the image must not have been asked for with GET before.
        await using var site = new SiteFactory();

        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_reader_revalidating_the_image_gets_a_304()
    {
        var client = new RepositorySite().CreatePlainClient();
        var first = await client.GetAsync("/images/share.es.png");

        var again = new HttpRequestMessage(HttpMethod.Get, "/images/share.es.png");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    private static async Task<SKBitmap> GetImageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The smallest rectangle holding every pixel that differs, or null when the pictures are the
    /// same.</summary>
    private static SKRectI? Differences(SKBitmap a, SKBitmap b)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x),
                        Math.Max(bottom, y));
                }
            }
        }

        return right < 0 ? null : new SKRectI(left, top, right + 1, bottom + 1);
    }
}
