using System.Text.RegularExpressions;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests.EasyRead;

/// <summary>
/// The Easy Read pages as their readers get them: each picture on the left of its idea on a 360 px phone, drawn in
/// the theme's own colour in a Windows contrast theme, and each page printed as a booklet on Letter and A4 in large
/// black type. Every picture is photographed in each mode (screenshots/easy-read/) for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed partial class EasyReadPicturesTests(BrowserSite site)
{
    private static readonly string ScreenshotFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots",
            "easy-read");

    public static TheoryData<string> Pages => new() { "/easy-read/help", "/easy-read/signs", "/es/easy-read/help",
        "/es/easy-read/signs" };

    /// <summary>Each row with a picture: the picture's box, the row's, where its words start, and its name.</summary>
    private const string Rows = """
        () => [...document.querySelectorAll('article.easy-read .pictogram')].map(svg => {
          const row = svg.parentElement, r = row.getBoundingClientRect(), p = svg.getBoundingClientRect();
          const words = document.createRange(); words.setStartAfter(svg); words.setEndAfter(row.lastChild);
          const w = [...words.getClientRects()].filter(x => x.width > 0);
          return { name: svg.getAttribute('aria-label'), pictureLeft: p.left, pictureRight: p.right,
            pictureWidth: p.width,
            pictureTop: p.top, rowTop: r.top, rowRight: r.right, wordsLeft: Math.min(...w.map(x => x.left)),
            wordsRight: Math.max(...w.map(x => x.right)) };
        })
        """;

    private sealed class Row
    {
        public string Name { get; set; } = "";

        public double PictureLeft { get; set; }

        public double PictureRight { get; set; }

        public double PictureWidth { get; set; }

        public double PictureTop { get; set; }

        public double RowTop { get; set; }

        public double RowRight { get; set; }

        public double WordsLeft { get; set; }

        public double WordsRight { get; set; }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task On_a_360px_phone_each_picture_is_on_the_left_of_its_idea_and_nothing_runs_off_the_screen(
        string path)
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));

        var rows = await page.EvaluateAsync<Row[]>(Rows);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(rows.Length >= 15, $"{path} has {rows.Length} pictures");
        Assert.True(width <= 360, $"{path} is {width}px wide on a 360px screen");
        Assert.All(rows, row =>
        {
            Assert.True(row.PictureWidth >= 48, $"{row.Name}: {row.PictureWidth}px wide");
            Assert.True(row.PictureRight <= row.WordsLeft,
                $"{row.Name}: the words start at {row.WordsLeft}, left of the picture's edge {row.PictureRight}");
            Assert.True(Math.Abs(row.PictureTop - row.RowTop) < 2,
                $"{row.Name}: the picture is not beside the first line");
            Assert.True(row.WordsRight <= 360, $"{row.Name}: the words run to {row.WordsRight}px");
        });
        await PhotographEachPictureAsync(page, path, "360");
    }

    public static TheoryData<string, string> PagesInBothThemes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in new[] { "/easy-read/help", "/easy-read/signs", "/es/easy-read/signs" })
            {
                data.Add(path, "dark");
                data.Add(path, "light");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PagesInBothThemes))]
    public async Task In_a_contrast_theme_each_picture_is_drawn_in_the_themes_text_colour(string path, string scheme)
    {
        await using var context = await site.NewContextAsync(360, 740);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new()
        {
            ForcedColors = ForcedColors.Active,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light
        });
        await page.GotoAsync(site.Url(path));

        // Every line of a picture in the colour of the words beside it, and that colour 3:1 or more against what is
        // behind (WCAG 1.4.11, graphics needed to understand the content).
        var problems = await page.EvaluateAsync<string[]>("""
            () => {
              const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
              const lum = c => {
                const [r, g, b] = rgb(c).map(v => {
                  v /= 255;
                  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const contrast = (x, y) => {
                const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
                return (a + 0.05) / (b + 0.05);
              };
              const behind = el => {
                for (let e = el; e; e = e.parentElement) {
                  const c = getComputedStyle(e).backgroundColor;
                  if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c;
                }
                return 'rgb(255, 255, 255)';
              };
              const problems = [];
              for (const svg of document.querySelectorAll('article .pictogram')) {
                const words = getComputedStyle(svg.parentElement).color, own = getComputedStyle(svg).color;
                if (own !== words) {
                  problems.push(`${svg.getAttribute('aria-label')}: drawn in ${own}, its words in ${words}`);
                }
                for (const shape of svg.querySelectorAll('*')) {
                  const s = getComputedStyle(shape);
                  if (s.stroke !== own || s.fill !== 'none') {
                    problems.push(`${svg.getAttribute('aria-label')}: a ${shape.localName} with stroke ${s.stroke}, `
                      + `fill ${s.fill}`);
                  }
                }
                const ratio = contrast(own, behind(svg));
                if (ratio < 3) {
                  problems.push(`${svg.getAttribute('aria-label')}: ${own} on ${behind(svg)} is ${ratio.toFixed(2)}:1`);
                }
              }
              return problems;
            }
            """);

        Assert.True(await page.Locator("article .pictogram").CountAsync() >= 15, $"{path}: too few pictures");
        Assert.Empty(problems);
        await PhotographEachPictureAsync(page, path, $"forced-{scheme}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_prints_as_a_booklet_on_letter_and_a4_in_large_black_type_one_idea_a_row(string path)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        Directory.CreateDirectory(ScreenshotFolder);

        foreach (var format in new[] { "Letter", "A4" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PrintBackground = false });
            await File.WriteAllBytesAsync(Path.Combine(ScreenshotFolder,
                $"{Slug(path)}-{format.ToLowerInvariant()}.pdf"), pdf);
            Assert.InRange(PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count, 2, 12);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            // Letter's printable width at 96 CSS pixels an inch, inside Chromium's default margins of 0.4 in.
            await page.SetViewportSizeAsync(740, 1000);
            var rows = await page.EvaluateAsync<Row[]>(Rows);
            var looks = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('article.easy-read .pictogram')].map(svg => {
                  const row = getComputedStyle(svg.parentElement);
                  return `${parseFloat(row.fontSize) * 72 / 96}|${row.breakInside}|${getComputedStyle(svg).color}`;
                })
                """);

            Assert.All(rows,
                row => Assert.True(row.PictureRight <= row.WordsLeft,
                $"{row.Name}: printed beside, not left of, its words"));
            Assert.All(looks, look =>
            {
                var parts = look.Split('|');
                Assert.True(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) >= 14,
                    $"printed at {parts[0]} pt");
                Assert.Equal("avoid", parts[1]);
                Assert.Equal("rgb(0, 0, 0)", parts[2]);
            });
            foreach (var selector in new[] { ".site-nav", ".language-switch", ".share", ".skip-link" })
            {
                foreach (var element in await page.Locator(selector).AllAsync())
                {
                    Assert.False(await element.IsVisibleAsync(), $"{selector} is printed on {path}");
                }
            }

            await page.ScreenshotAsync(new()
            {
                Path = Path.Combine(ScreenshotFolder, $"{Slug(path)}-print.png"),
                FullPage = true
            });
        }
        finally
        {
            await page.EmulateMediaAsync(new() { Media = Media.Null });
        }
    }

    /// <summary>One screenshot per picture (its row, with its words), named for the picture and the mode.</summary>
    private static async Task PhotographEachPictureAsync(IPage page, string path, string mode)
    {
        var folder = Path.Combine(ScreenshotFolder, mode);
        Directory.CreateDirectory(folder);
        var seen = new HashSet<string>();
        var language = path.StartsWith("/es/", StringComparison.Ordinal) ? "es" : "en";
        foreach (var svg in await page.Locator("article .pictogram").AllAsync())
        {
            var name = await svg.GetAttributeAsync("aria-label") ?? "";
            if (seen.Add(name))
            {
                var file = $"{language}-{Regex.Replace(name.ToLowerInvariant(), @"[^\p{L}\p{N}]+", "-").Trim('-')}.png";
                await svg.Locator("..").ScreenshotAsync(new() { Path = Path.Combine(folder, file) });
            }
        }
    }

    private static string Slug(string path) => path.Trim('/').Replace('/', '-');

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
