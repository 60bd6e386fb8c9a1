using Microsoft.Net.Http.Headers;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Hosting.Caching;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// <c>/images/share.png</c> (the default language) and <c>/images/share.CODE.png</c> (each other one): the link-preview
/// images, drawn from the current content. Their addresses never change, so pages name them without a fingerprint.
/// </summary>
public static class ShareImageEndpoints
{
    public const string DefaultPath = "/images/share.png";

    /// <summary>The image a page in <paramref name="language"/> names as its og:image.</summary>
    public static string PathFor(SiteLanguage? language) =>
        language is { IsDefault: false } ? $"/images/share.{language.Code}.png" : DefaultPath;

    public static IEndpointRouteBuilder MapShareImages(this IEndpointRouteBuilder endpoints)
    {
        // HEAD too, as for the static files these images used to be: some link-preview crawlers ask it first.
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(DefaultPath, methods, (ContentSnapshot snapshot, ShareImageCache images) =>
            Serve(snapshot, images, snapshot.IsServable ? snapshot.DefaultLanguage : null));
        endpoints.MapMethods("/images/share.{language}.png", methods,
            (string language, ContentSnapshot snapshot, ShareImageCache images) =>
            Serve(snapshot, images, snapshot.Languages.FirstOrDefault(l => !l.IsDefault && l.Code == language)));
        return endpoints;
    }

    private static IResult Serve(ContentSnapshot snapshot, ShareImageCache images, SiteLanguage? language)
    {
        if (!snapshot.IsServable)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (language is null)
        {
            return Results.NotFound();
        }

        var image = images.Get(snapshot, language);
        // Kept like a page (Hosting/Caching/CachePolicy): a CDN for a minute, then a revalidation by ETag (a 304).
        return Results.File(image.Png, "image/png", lastModified: image.LastModified,
            entityTag: new EntityTagHeaderValue(image.ETag));
    }
}
