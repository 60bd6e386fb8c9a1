using SkiaSharp;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// Draws a link preview: 1200 × 630 PNG (the size Facebook, LinkedIn and X ask for, 1.91:1, well under their 5 MB),
/// the site's name large, a yellow rule, then the hotline's name and its call and text numbers, in the site's colours.
/// </summary>
public static class ShareImageRenderer
{
    public const int Width = 1200;

    public const int Height = 630;

    private const float Left = 80;

    private const float Usable = Width - (2 * Left);

    private static readonly SKColor Navy = new(0x12, 0x32, 0x4f);

    private static readonly SKColor Yellow = new(0xf6, 0xc7, 0x44);

    private static readonly SKColor Pale = new(0xdb, 0xe4, 0xee);

    public static byte[] Render(ShareCard card)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(Navy);
        using var paint = new SKPaint { IsAntialias = true, Color = SKColors.White };

        DrawSiteName(canvas, card.SiteName, paint);

        paint.Color = Yellow;
        canvas.DrawRoundRect(new SKRect(Left, 295, Left + 120, 305), 5, 5, paint);

        using (var hotlineFont = Fitted(ShareImageFonts.Regular, 34, Usable, card.HotlineName))
        {
            paint.Color = Pale;
            canvas.DrawText(card.HotlineName, Left, 436, SKTextAlign.Left, hotlineFont, paint);
        }

        DrawNumbers(canvas, card, paint);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Up to two lines at 76 px, wrapped at word breaks; a longer name is drawn smaller until it fits.</summary>
    private static void DrawSiteName(SKCanvas canvas, string name, SKPaint paint)
    {
        for (var size = 76f; ; size -= 4)
        {
            using var font = new SKFont(ShareImageFonts.Bold, size) { Edging = SKFontEdging.Antialias };
            var lines = Wrap(name, font, 900);
            if (lines.Count <= 2 || size <= 40)
            {
                var baseline = 72 - font.Metrics.Ascent;
                foreach (var line in lines.Take(3))
                {
                    canvas.DrawText(line, Left, baseline, SKTextAlign.Left, font, paint);
                    baseline += size * 1.05f;
                }

                return;
            }
        }
    }

    /// <summary>The call number on a yellow pill and the text number in an outlined one, side by side, shrunk together to fit.</summary>
    private static void DrawNumbers(SKCanvas canvas, ShareCard card, SKPaint paint)
    {
        using var callFont = new SKFont(ShareImageFonts.Bold, 38) { Edging = SKFontEdging.Antialias };
        using var textFont = new SKFont(ShareImageFonts.Bold, 28) { Edging = SKFontEdging.Antialias };
        var callWidth = callFont.MeasureText(card.Call) + 60;
        var textWidth = textFont.MeasureText(card.Text) + 44;
        var scale = Math.Min(1f, Usable / (callWidth + 24 + textWidth));
        callFont.Size *= scale;
        textFont.Size *= scale;
        callWidth *= scale;
        textWidth *= scale;

        const float middle = 518;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = Yellow;
        canvas.DrawRoundRect(new SKRect(Left, middle - 40, Left + callWidth, middle + 40), 16, 16, paint);
        paint.Color = Navy;
        canvas.DrawText(card.Call, Left + (30 * scale), Baseline(middle, callFont), SKTextAlign.Left, callFont, paint);

        var textLeft = Left + callWidth + (24 * scale);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 3;
        paint.Color = SKColors.White.WithAlpha(179);
        canvas.DrawRoundRect(new SKRect(textLeft, middle - 33, textLeft + textWidth, middle + 33), 16, 16, paint);
        paint.Style = SKPaintStyle.Fill;
        paint.Color = SKColors.White;
        canvas.DrawText(card.Text, textLeft + (22 * scale), Baseline(middle, textFont), SKTextAlign.Left, textFont, paint);
    }

    /// <summary>The baseline that centres a line of <paramref name="font"/> on <paramref name="middle"/>.</summary>
    private static float Baseline(float middle, SKFont font) => middle - ((font.Metrics.Ascent + font.Metrics.Descent) / 2);

    private static SKFont Fitted(SKTypeface typeface, float size, float width, string text)
    {
        var font = new SKFont(typeface, size) { Edging = SKFontEdging.Antialias };
        while (font.MeasureText(text) > width && font.Size > 12)
        {
            font.Size -= 2;
        }

        return font;
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }
}
