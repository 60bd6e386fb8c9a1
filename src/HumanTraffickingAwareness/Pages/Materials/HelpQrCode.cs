using QRCoder;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// The QR code printed on every item: drawn by QRCoder as SVG (vector, sharp at any size), black modules on white
/// with the standard 4-module quiet zone inside the drawing, so no stylesheet or paper colour can eat it. QRCoder
/// writes only fill= attributes, no style=, so the strict Content-Security-Policy has nothing to block.
/// </summary>
public static class HelpQrCode
{
    /// <summary>SVG markup for <paramref name="url"/>, sized by CSS through its viewBox.</summary>
    public static string Svg(string url)
    {
        // Level M survives a smudge or a fold (15% of the code) while keeping modules large on a wallet card.
        using var data = new QRCodeGenerator().CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(
            1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
