using System.Collections.Concurrent;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// Each language's link-preview image, drawn once per content version (on its first request after a load) and kept
/// as PNG bytes: a changed number in site.yml reaches the image with the reload that brings it to the pages.
/// </summary>
public sealed class ShareImageCache
{
    private readonly ConcurrentDictionary<(long Version, string Language), Lazy<ShareImage>> _images = new();

    public ShareImageCache(LiveSnapshot library) => library.Changed += _ => _images.Clear();

    public ShareImage Get(ContentSnapshot snapshot, Content.Languages.SiteLanguage language) =>
        _images.GetOrAdd((snapshot.Version, language.Code), _ => new Lazy<ShareImage>(() =>
            ShareImage.Create(ShareImageRenderer.Render(ShareCard.For(snapshot.Site!, language)), snapshot.LoadedAt)))
                .Value;
}

/// <summary>A drawn image with what a revalidation needs.</summary>
public sealed record ShareImage(byte[] Png, string ETag, DateTimeOffset LastModified)
{
    public static ShareImage Create(byte[] png, DateTimeOffset loadedAt) =>
        new(png, $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(png))[..32]}\"", loadedAt);
}
