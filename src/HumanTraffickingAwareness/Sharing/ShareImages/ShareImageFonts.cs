using System.Text;
using SkiaSharp;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// The typefaces of the link-preview images, shipped inside the app (Fonts/README.md says what each covers and how
/// the Chinese one was made). SkiaSharp's NoDependencies native library has no fontconfig, and the aspnet:10.0
/// runtime image has no fonts at all, so a font asked for by name would silently be no font; a file we carry draws the
/// same pixels on every machine. DejaVu Sans covers Latin (Vietnamese too), Greek and Cyrillic and is the face the old
/// images used; Noto Sans Arabic and a subset of Noto Sans CJK SC draw the scripts DejaVu lacks or draws poorly.
/// </summary>
public static class ShareImageFonts
{
    public static ShareFace DejaVuSans { get; } =
        new("DejaVu Sans", Loaded("DejaVuSans.ttf"), Loaded("DejaVuSans-Bold.ttf"), _ => false);

    public static ShareFace NotoSansArabic { get; } = new("Noto Sans Arabic",
        Loaded("NotoSansArabic-Regular.ttf"), Loaded("NotoSansArabic-Bold.ttf"), ShareScripts.IsArabic);

    /// <summary>One weight, bold, for the whole image: a second CJK weight would add 1.5 MB more to the app.</summary>
    public static ShareFace NotoSansSimplifiedChinese { get; } = SimplifiedChinese();

    /// <summary>Every shipped face, in the order a character no language's own face has is looked for.</summary>
    public static IReadOnlyList<ShareFace> All { get; } = [DejaVuSans, NotoSansArabic, NotoSansSimplifiedChinese];

    /// <summary>
    /// The faces a card is drawn with, its own first: the face of the script most of its letters are written in
    /// (DejaVu Sans for Latin, Greek and Cyrillic), then the others for a character it lacks (Latin in Arabic).
    /// Chosen from the words, not the language code, so a new language in a shipped script needs no code.
    /// </summary>
    public static IReadOnlyList<ShareFace> For(ShareCard card)
    {
        var letters = card.Lines.SelectMany(l => l.EnumerateRunes()).Where(Rune.IsLetter).ToList();
        var own = All.Skip(1).Select(face => (face, count: letters.Count(r => face.IsOwnScript(r.Value))))
            .Where(f => f.count * 2 > letters.Count).Select(f => f.face).FirstOrDefault() ?? DejaVuSans;
        return [own, .. All.Where(f => f != own)];
    }

    private static ShareFace SimplifiedChinese()
    {
        var face = Loaded("NotoSansSC-Bold.subset.otf");
        return new ShareFace("Noto Sans SC", face, face, ShareScripts.IsHan);
    }

    /// <summary>Read on first use: the Chinese face is 1.5 MB of memory a site without Chinese never needs.</summary>
    private static Lazy<SKTypeface> Loaded(string file) => new(() =>
    {
        var name = "share-image-fonts/" + file;
        using var stream = typeof(ShareImageFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is missing from the build");
        // SKData holds its own copy, so the typeface outlives the resource stream.
        return SKTypeface.FromData(SKData.Create(stream))
            ?? throw new InvalidOperationException($"The font {name} could not be read");
    });
}

/// <summary>A shipped typeface in its two weights, and which characters are its script's own.</summary>
public sealed class ShareFace(string name, Lazy<SKTypeface> regular, Lazy<SKTypeface> bold, Func<int, bool> isOwnScript)
{
    public string Name { get; } = name;

    public SKTypeface Regular => regular.Value;

    public SKTypeface Bold => bold.Value;

    public SKTypeface Weight(bool isBold) => isBold ? Bold : Regular;

    public bool IsOwnScript(int codepoint) => isOwnScript(codepoint);

    /// <summary>Whether <paramref name="typeface"/> draws <paramref name="character"/> (not its empty box).</summary>
    public static bool Draws(SKTypeface typeface, Rune character)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyph(character.Value);
    }

    public override string ToString() => Name;
}
