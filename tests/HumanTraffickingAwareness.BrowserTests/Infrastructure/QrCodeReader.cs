using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace HumanTraffickingAwareness.BrowserTests.Infrastructure;

/// <summary>Reads QR codes from a PNG as a phone's camera would: SkiaSharp decodes the pixels, ZXing.Net finds the
/// codes.</summary>
public static class QrCodeReader
{
    /// <summary>The text of every QR code found in the picture.</summary>
    public static IReadOnlyList<string> ReadAll(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var rgb = new byte[bitmap.Width * bitmap.Height * 3];
        var pixels = bitmap.Pixels;
        for (var i = 0; i < pixels.Length; i++)
        {
            rgb[i * 3] = pixels[i].Red;
            rgb[(i * 3) + 1] = pixels[i].Green;
            rgb[(i * 3) + 2] = pixels[i].Blue;
        }

        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        var source = new RGBLuminanceSource(rgb, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGB24);
        return reader.DecodeMultiple(source)?.Select(result => result.Text).ToList() ?? [];
    }
}
