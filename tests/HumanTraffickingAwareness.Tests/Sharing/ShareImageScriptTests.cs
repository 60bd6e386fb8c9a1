using System.Net;
using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Sharing.ShareImages;
using HumanTraffickingAwareness.Tests.Infrastructure;
using Buffer = HarfBuzzSharp.Buffer;

namespace HumanTraffickingAwareness.Tests.Sharing;

/// <summary>Each language's link preview is in its own script and direction, with no empty boxes.</summary>
[Trait("Suite", "InProcess")]
public sealed class ShareImageScriptTests
{
    private static readonly Lazy<ContentSnapshot> Repository =
        new(() => new SnapshotLoader(TempContent.RepositoryContent).Load(ContentSnapshot.Empty));

    public static TheoryData<string> LanguageFiles() =>
        new(Directory.EnumerateFiles(Path.Combine(TempContent.RepositoryContent, "_languages"), "*.yml")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(LanguageFiles))]
    public void Every_character_of_a_languages_image_has_a_glyph_in_the_font_chosen_for_it(string code)
    {
        var card = CardOf(code);
        var faces = ShareImageFonts.For(card);
        using var shaper = new ShareTextShaper(faces, card.RightToLeft);
        (string Text, bool Bold)[] lines =
            [(card.SiteName, true), (card.HotlineName, false), (card.Call, true), (card.Text, true)];
        foreach (var (text, bold) in lines)
        {
            var drawn = ShareTextShaper.Choices(text, faces, bold).Where(c => !Rune.IsWhiteSpace(c.Character));
            foreach (var (character, typeface) in drawn)
            {
                using var font = new SKFont(typeface);
                Assert.True(font.GetGlyph(character.Value) != 0,
                    $"{code}.yml: '{character}' (U+{character.Value:X4}) of \"{text}\" is not in "
                    + $"{typeface.FamilyName}, the font chosen for it");
            }

            // And once laid out (joined, ligatures): glyph 0 is the empty box a font draws for what it lacks.
            var glyphs = shaper.Shape(text, bold, 40).Runs.SelectMany(r => r.Glyphs).ToList();
            Assert.NotEmpty(glyphs);
            Assert.DoesNotContain((ushort)0, glyphs);
        }
    }

    [Theory]
    [InlineData("en", "DejaVu Sans")]
    [InlineData("vi", "DejaVu Sans")]
    [InlineData("bs", "DejaVu Sans")]
    [InlineData("ar", "Noto Sans Arabic")]
    [InlineData("zh-hans", "Noto Sans SC")]
    public void A_language_is_drawn_first_in_the_font_of_its_own_script(string code, string face)
    {
        Assert.Equal(face, ShareImageFonts.For(CardOf(code))[0].Name);
    }

    [Fact]
    public void The_Chinese_image_draws_its_characters_not_notdef_boxes()
    {
        var card = CardOf("zh-hans");
        using var shaper = new ShareTextShaper(ShareImageFonts.For(card), card.RightToLeft);

        var line = shaper.Shape(card.SiteName, true, 76);

        var runs = Assert.Single(line.Runs);
        Assert.Equal("Noto Sans CJK SC", runs.Typeface.FamilyName);
        Assert.Equal(card.SiteName.EnumerateRunes().Count(), runs.Glyphs.Length);
        Assert.DoesNotContain((ushort)0, runs.Glyphs);
    }

    [Fact]
    public void The_Chinese_font_has_every_common_character_editors_may_write_not_only_todays_words()
    {
        // GB2312 level 1: the 3,755 most used hanzi (bytes B0A1-D7F9), which the shipped subset promises.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb2312 = Encoding.GetEncoding("gb2312");
        var hanzi = new List<int>();
        for (var high = 0xB0; high <= 0xD7; high++)
        {
            for (var low = 0xA1; low <= 0xFE && !(high == 0xD7 && low > 0xF9); low++)
            {
                hanzi.Add(char.ConvertToUtf32(gb2312.GetString([(byte)high, (byte)low]), 0));
            }
        }

        using var font = new SKFont(ShareImageFonts.NotoSansSimplifiedChinese.Bold);
        Assert.Equal(3755, hanzi.Distinct().Count());
        Assert.Empty(hanzi.Where(c => font.GetGlyph(c) == 0).Select(char.ConvertFromUtf32));
        // Chinese punctuation too: 、。“”《》（），：；？！
        Assert.True(font.ContainsGlyphs("、。“”《》（），：；？！"));
    }

    [Fact]
    public void The_Arabic_image_starts_from_the_right_and_the_English_one_from_the_left()
    {
        using var arabic = SKBitmap.Decode(ShareImageRenderer.Render(CardOf("ar")));
        using var english = SKBitmap.Decode(ShareImageRenderer.Render(CardOf("en")));

        // The site's name (white, y 60-290): Arabic ends at the right margin (x 1120) and leaves the left one empty.
        var (arabicLeft, arabicRight) = InkColumns(arabic, 60, 290);
        var (englishLeft, englishRight) = InkColumns(english, 60, 290);
        Assert.InRange(arabicRight, 1100, 1120);
        Assert.True(arabicLeft > 200, $"the Arabic name reaches x {arabicLeft}, near the left margin");
        Assert.InRange(englishLeft, 80, 100);
        Assert.True(englishRight < 1000, $"the English name reaches x {englishRight}");
        // The yellow call pill starts at the right edge's margin in Arabic, the left one in English.
        Assert.True(IsYellow(arabic.GetPixel(1110, 518)) && !IsYellow(arabic.GetPixel(90, 518)));
        Assert.True(IsYellow(english.GetPixel(90, 518)) && !IsYellow(english.GetPixel(1110, 518)));
    }

    [Fact]
    public void Arabic_letters_are_joined_and_the_number_after_them_still_reads_left_to_right()
    {
        var card = CardOf("ar");
        using var shaper = new ShareTextShaper(ShareImageFonts.For(card), card.RightToLeft);
        var arabic = ShareImageFonts.NotoSansArabic.Bold;
        using var font = new SKFont(arabic, 38);
        var word = card.Call.Split(' ')[0];

        var call = shaper.Shape(card.Call, true, 38);

        // Drawn from the right: the number's run first (leftmost), the word last; the word's glyphs are its joined
        // forms, not the letters one by one (the separate forms a font's character map gives) in either order.
        Assert.Equal(2, call.Runs.Count);
        Assert.Equal(font.GetGlyphs("1-888-373-7888"), call.Runs[0].Glyphs.Take(14));
        var separate = font.GetGlyphs(word);
        Assert.NotEqual(separate, call.Runs[1].Glyphs.Skip(1));
        Assert.NotEqual(Enumerable.Reverse(separate), call.Runs[1].Glyphs.Skip(1));
        Assert.Equal(Shaped(arabic, word), call.Runs[1].Glyphs.Skip(1));
    }

    [Fact]
    public async Task A_character_no_shipped_font_has_is_a_warning_at_its_line_and_the_image_is_still_drawn()
    {
        using var content = new TempContent();
        // Korean words before the name, whatever its words are today.
        var lines = content.Read("_languages/zh-hans.yml").Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("site_name: ", StringComparison.Ordinal)) + 1;
        lines[line - 1] = "site_name: 인신매매 " + lines[line - 1]["site_name: ".Length..];
        content.Write("_languages/zh-hans.yml", string.Join('\n', lines));

        var (exit, output) = content.Check();

        Assert.Equal(0, exit);
        var warning = Assert.Single(output, l => l.Contains("/images/share.zh-hans.png"));
        Assert.StartsWith($"content/_languages/zh-hans.yml:{line}: warning: site_name: ", warning);
        Assert.Contains("'인' (U+C778)", warning);
        await using var site = new SiteFactory(content.Root);
        var response = await site.CreatePlainClient().GetAsync("/images/share.zh-hans.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var image = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (image.Width, image.Height));
    }

    [Fact]
    public void A_name_with_a_broken_character_or_mixed_scripts_is_still_drawn()
    {
        // A YAML "\uD800" gives a lone surrogate; Arabic with Latin, digits and brackets; Chinese without spaces.
        ShareCard[] cards =
        [
            new("\uD800 Human Trafficking \uDC00", "Hotline \uD800", "Call 1", "Text 2"),
            new("التوعية (USA) بالاتجار ٢٠٢٦", "الخط الساخن", "اتصل 1-888", "أرسل HELP إلى 233733", RightToLeft: true),
            new(string.Concat(Enumerable.Repeat("了解人口贩运，", 12)), "热线", "拨打", "发送"),
        ];

        foreach (var card in cards)
        {
            using var image = SKBitmap.Decode(ShareImageRenderer.Render(card));
            Assert.Equal((1200, 630), (image.Width, image.Height));
        }
    }

    [Fact]
    public void The_repositorys_language_files_give_no_font_warning()
    {
        Assert.Empty(ShareImageGlyphCheck.Warnings(Repository.Value, TempContent.RepositoryContent));
    }

    private static ShareCard CardOf(string code) =>
        ShareCard.For(Repository.Value.Site!, Repository.Value.Languages.Single(l => l.Code == code));

    private static ushort[] Shaped(SKTypeface typeface, string text)
    {
        using var shaper = new SKShaper(typeface);
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        using var font = new SKFont(typeface, 38);
        return shaper.Shape(buffer, font).Codepoints.Select(g => (ushort)g).ToArray();
    }

    /// <summary>The leftmost and rightmost columns with white text between two heights.</summary>
    private static (int Left, int Right) InkColumns(SKBitmap image, int top, int bottom)
    {
        int left = int.MaxValue, right = -1;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                if (image.GetPixel(x, y).Red > 160)
                {
                    (left, right) = (Math.Min(left, x), Math.Max(right, x));
                }
            }
        }

        return (left, right);
    }

    private static bool IsYellow(SKColor c) => c.Red > 200 && c.Green > 150 && c.Blue < 120;
}
