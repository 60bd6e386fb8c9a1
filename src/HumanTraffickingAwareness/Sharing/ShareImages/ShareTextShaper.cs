using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using Buffer = HarfBuzzSharp.Buffer;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// Lays out one image's lines with HarfBuzz: Arabic letters joined and right to left, each character in the first of
/// the card's faces that has it (Latin words in an Arabic line in DejaVu Sans). A character no face has is drawn in
/// the card's own face as its empty box: check-content warns about it (<see cref="ShareImageGlyphCheck"/>).
/// </summary>
/// <remarks>One per drawing: SkiaSharp's SKShaper is not meant to be shared between threads.</remarks>
public sealed class ShareTextShaper(IReadOnlyList<ShareFace> faces, bool rightToLeft) : IDisposable
{
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];

    public ShapedLine Shape(string text, bool bold, float size)
    {
        var runs = new List<GlyphRun>();
        var x = 0f;
        foreach (var (part, partRightToLeft) in BidiRuns.VisualOrder(text, rightToLeft))
        {
            var pieces = FacePieces(part, bold);
            // A right-to-left part's pieces are written from the right: its first piece is drawn last.
            if (partRightToLeft)
            {
                pieces.Reverse();
            }

            foreach (var (piece, typeface) in pieces)
            {
                var shaped = ShapeWith(typeface, piece, partRightToLeft, size);
                var positions = shaped.Points.Select(p => new SKPoint(p.X + x, p.Y)).ToArray();
                runs.Add(new GlyphRun(typeface, size, shaped.Codepoints.Select(g => (ushort)g).ToArray(), positions));
                x += shaped.Width;
            }
        }

        return new ShapedLine(runs, x);
    }

    /// <summary>The typeface each character of <paramref name="text"/> is drawn in.</summary>
    public static IEnumerable<(Rune Character, SKTypeface Typeface)> Choices(
        string text, IReadOnlyList<ShareFace> faces, bool bold)
    {
        SKTypeface? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            current = Choose(rune, current, faces, bold);
            yield return (rune, current);
        }
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }
    }

    /// <summary>
    /// A letter or digit takes the first face that has it, the card's own first. A space, punctuation or a mark stays
    /// in the face of the character before it when that face has it, so that a word's accents and its line's spaces
    /// do not break it into pieces.
    /// </summary>
    private static SKTypeface Choose(Rune rune, SKTypeface? current, IReadOnlyList<ShareFace> faces, bool bold)
    {
        var keepsCurrent = ShareScripts.IsAttached(rune) || !(Rune.IsLetter(rune) || Rune.IsDigit(rune));
        if (current is not null && keepsCurrent && ShareFace.Draws(current, rune))
        {
            return current;
        }

        return faces.Select(f => f.Weight(bold)).FirstOrDefault(t => ShareFace.Draws(t, rune))
            ?? current ?? faces[0].Weight(bold);
    }

    private List<(string Text, SKTypeface Typeface)> FacePieces(string text, bool bold)
    {
        var pieces = new List<(string, SKTypeface)>();
        var piece = new StringBuilder();
        SKTypeface? typeface = null;
        foreach (var (rune, chosen) in Choices(text, faces, bold))
        {
            if (typeface is not null && chosen != typeface)
            {
                pieces.Add((piece.ToString(), typeface));
                piece.Clear();
            }

            typeface = chosen;
            piece.Append(rune.ToString());
        }

        if (typeface is not null)
        {
            pieces.Add((piece.ToString(), typeface));
        }

        return pieces;
    }

    private SKShaper.Result ShapeWith(SKTypeface typeface, string text, bool rightToLeftRun, float size)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            _shapers[typeface] = shaper = new SKShaper(typeface);
        }

        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = rightToLeftRun ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        using var font = new SKFont(typeface, size);
        return shaper.Shape(buffer, font);
    }
}
