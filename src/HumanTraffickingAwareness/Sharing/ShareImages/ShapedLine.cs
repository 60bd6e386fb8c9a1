using SkiaSharp;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>One line laid out for drawing: glyph runs in visual order, each in a face that has its text.</summary>
public sealed record ShapedLine(IReadOnlyList<GlyphRun> Runs, float Width)
{
    /// <summary>Draws the line with its left end at <paramref name="x"/>.</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, SKPaint paint)
    {
        if (Runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            using var font = run.Font();
            builder.AddPositionedRun(run.Glyphs, font, run.Positions);
        }

        using var blob = builder.Build();
        canvas.DrawText(blob, x, baseline, paint);
    }
}

/// <summary>Glyphs of one typeface, placed relative to the line's left end and baseline.</summary>
public sealed record GlyphRun(SKTypeface Typeface, float Size, ushort[] Glyphs, SKPoint[] Positions)
{
    public SKFont Font() => new(Typeface, Size) { Edging = SKFontEdging.Antialias };
}
