using SkiaSharp;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// The typefaces of the link-preview images, shipped inside the app: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera
/// licence, see Fonts/LICENSE.txt). SkiaSharp's NoDependencies native library has no fontconfig, and the
/// aspnet:10.0 runtime image has no fonts at all, so a font asked for by name would silently be no font; a file we
/// carry draws the same pixels on every machine, covers Spanish and most Latin, Greek and Cyrillic languages, and is
/// the face the old images used.
/// </summary>
public static class ShareImageFonts
{
    public static SKTypeface Regular { get; } = Load("DejaVuSans.ttf");

    public static SKTypeface Bold { get; } = Load("DejaVuSans-Bold.ttf");

    private static SKTypeface Load(string file)
    {
        var name = "share-image-fonts/" + file;
        using var stream = typeof(ShareImageFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is missing from the build");
        // SKData holds its own copy, so the typeface outlives the resource stream.
        return SKTypeface.FromData(SKData.Create(stream))
            ?? throw new InvalidOperationException($"The font {name} could not be read");
    }
}
