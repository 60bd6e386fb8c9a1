using System.Text;
using SkiaSharp;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// Draws a link preview: 1200 × 630 PNG (the size Facebook, LinkedIn and X ask for, 1.91:1, well under their 5 MB),
/// the site's name large, a yellow rule, then the hotline's name and its call and text numbers, in the site's colours.
/// A right-to-left language's image is the mirror of the others: every line and the numbers start from the right.
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
        var faces = ShareImageFonts.For(card);
        using var shaper = new ShareTextShaper(faces, card.RightToLeft);
        var layout = new Mirror(card.RightToLeft);

        DrawSiteName(canvas, shaper, faces[0], layout, card.SiteName, paint);

        paint.Color = Yellow;
        canvas.DrawRoundRect(layout.Rect(Left, 295, 120, 10), 5, 5, paint);

        var hotline = Fitted(shaper, false, 34, Usable, card.HotlineName);
        paint.Color = Pale;
        hotline.Draw(canvas, layout.X(Left, hotline.Width), 436, paint);

        DrawNumbers(canvas, shaper, faces[0], layout, card, paint);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Up to two lines at 76 px, wrapped between words (or Chinese characters); a longer name is drawn smaller
    /// until it fits.</summary>
    private static void DrawSiteName(
        SKCanvas canvas, ShareTextShaper shaper, ShareFace face, Mirror layout, string name, SKPaint paint)
    {
        for (var size = 76f; ; size -= 4)
        {
            var lines = Wrap(name, shaper, size, 900);
            if ((lines.Count <= 2 && lines.All(l => l.Width <= Usable)) || size <= 40)
            {
                using var font = new SKFont(face.Bold, size);
                var baseline = 72 - font.Metrics.Ascent;
                foreach (var line in lines.Take(3))
                {
                    line.Draw(canvas, layout.X(Left, line.Width), baseline, paint);
                    baseline += size * 1.05f;
                }

                return;
            }
        }
    }

    /// <summary>The call number on a yellow pill and the text number in an outlined one, side by side (from the right
    /// in a right-to-left language), shrunk together to fit.</summary>
    private static void DrawNumbers(
        SKCanvas canvas, ShareTextShaper shaper, ShareFace face, Mirror layout, ShareCard card, SKPaint paint)
    {
        var call = shaper.Shape(card.Call, true, 38);
        var text = shaper.Shape(card.Text, true, 28);
        var callWidth = call.Width + 60;
        var textWidth = text.Width + 44;
        var scale = Math.Min(1f, Usable / (callWidth + 24 + textWidth));
        if (scale < 1)
        {
            call = shaper.Shape(card.Call, true, 38 * scale);
            text = shaper.Shape(card.Text, true, 28 * scale);
        }

        callWidth *= scale;
        textWidth *= scale;

        const float middle = 518;
        paint.Style = SKPaintStyle.Fill;
        paint.Color = Yellow;
        canvas.DrawRoundRect(layout.Rect(Left, middle - 40, callWidth, 80), 16, 16, paint);
        paint.Color = Navy;
        call.Draw(canvas, layout.X(Left + (30 * scale), call.Width), Baseline(middle, face, 38 * scale), paint);

        var textStart = Left + callWidth + (24 * scale);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 3;
        paint.Color = SKColors.White.WithAlpha(179);
        canvas.DrawRoundRect(layout.Rect(textStart, middle - 33, textWidth, 66), 16, 16, paint);
        paint.Style = SKPaintStyle.Fill;
        paint.Color = SKColors.White;
        text.Draw(canvas, layout.X(textStart + (22 * scale), text.Width), Baseline(middle, face, 28 * scale), paint);
    }

    /// <summary>The baseline that centres a line of the card's own face on <paramref name="middle"/>.</summary>
    private static float Baseline(float middle, ShareFace face, float size)
    {
        using var font = new SKFont(face.Bold, size);
        return middle - ((font.Metrics.Ascent + font.Metrics.Descent) / 2);
    }

    private static ShapedLine Fitted(ShareTextShaper shaper, bool bold, float size, float width, string text)
    {
        var line = shaper.Shape(text, bold, size);
        while (line.Width > width && size > 12)
        {
            size -= 2;
            line = shaper.Shape(text, bold, size);
        }

        return line;
    }

    private static List<ShapedLine> Wrap(string text, ShareTextShaper shaper, float size, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var (piece, spaced) in Breaks(text))
        {
            var candidate = line.Length == 0 ? piece : line + (spaced ? " " : "") + piece;
            if (line.Length > 0 && shaper.Shape(candidate, true, size).Width > width)
            {
                lines.Add(line);
                line = piece;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines.Select(l => shaper.Shape(l, true, size)).ToList();
    }

    /// <summary>The pieces a line may break between: words, and each Chinese character (with the punctuation after
    /// it, which must not start a line); whether a space goes before the piece.</summary>
    private static IEnumerable<(string Piece, bool Spaced)> Breaks(string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var spaced = true;
            var piece = new StringBuilder();
            foreach (var rune in word.EnumerateRunes())
            {
                var ideograph = ShareScripts.IsHan(rune.Value) && Rune.IsLetter(rune);
                if (ideograph && piece.Length > 0)
                {
                    yield return (piece.ToString(), spaced);
                    (spaced, piece) = (false, new StringBuilder());
                }

                piece.Append(rune.ToString());
            }

            yield return (piece.ToString(), spaced);
        }
    }

    /// <summary>Positions from the image's start edge: the left, or the right in a right-to-left language.</summary>
    private readonly record struct Mirror(bool RightToLeft)
    {
        /// <summary>The left x of a thing <paramref name="width"/> wide, <paramref name="start"/> in.</summary>
        public float X(float start, float width) => RightToLeft ? Width - start - width : start;

        public SKRect Rect(float start, float top, float width, float height) =>
            SKRect.Create(X(start, width), top, width, height);
    }
}
