using System.Text.RegularExpressions;
using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests.Pages.Materials;

/// <summary>Each printable item as Chromium prints it: one page on US Letter and on A4, only the sheet, a QR code that
/// scans.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed partial class PrintedMaterialsTests(BrowserSite site)
{
    private static readonly string ScreenshotFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots");

    /// <summary>What the site puts around a page on screen, none of which may reach the paper.</summary>
    private static readonly string[] Chrome = [".skip-link", ".hotline", ".site-header", ".language-switch",
        ".site-nav", ".share", ".site-footer", ".sheet-about"];

    public static TheoryData<string> Items => new()
    {
        "/materials/poster", "/materials/wallet-cards", "/materials/restroom-cards",
        "/es/materials/poster", "/es/materials/wallet-cards", "/es/materials/restroom-cards",
    };

    [Theory]
    [MemberData(nameof(Items))]
    public async Task Each_item_prints_as_exactly_one_page_on_letter_and_on_a4_without_the_site_around_it(string path)
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url(path));

        foreach (var format in new[] { "Letter", "A4" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format });
            Assert.True(PageCount(pdf) == 1, $"{path} printed on {format} is {PageCount(pdf)} pages");
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        try
        {
            Assert.True(await page.Locator(".sheet").IsVisibleAsync(), $"{path} prints no sheet");
            // The code itself, without its quiet zone of 4 modules a side, is at least 2 cm wide (CSS: 96 px an inch).
            var smallestCode = await page.EvaluateAsync<double>(
                @"() => Math.min(...[...document.querySelectorAll('.sheet .help-code-image svg')]
                .map(svg => {
                    const modules = svg.viewBox.baseVal.width;
                    return svg.getBoundingClientRect().width * (modules - 8) / modules * 25.4 / 96;
                }))");
            Assert.True(smallestCode >= 20, $"a QR code on {path} is {smallestCode:0.0} mm wide");
            foreach (var selector in Chrome)
            {
                foreach (var element in await page.Locator(selector).AllAsync())
                {
                    Assert.False(await element.IsVisibleAsync(), $"{selector} is printed on {path}");
                }
            }
        }
        finally
        {
            // Null, not Screen: a page told to emulate the screen would print its screen styles to PDF as well.
            await page.EmulateMediaAsync(new() { Media = Media.Null });
        }
    }

    [Theory]
    [MemberData(nameof(Items))]
    public async Task Every_qr_code_on_the_printed_sheet_scans_to_the_help_page_in_its_language(string path)
    {
        var help = site.Url(path.StartsWith("/es/", StringComparison.Ordinal) ? "/es/help" : "/help");
        var png = await PrintedSheetAsync(site.Address, path, ScreenshotName(path));

        var codes = QrCodeReader.ReadAll(png);
        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Equal(help, code));
    }

    [Fact]
    public async Task The_qr_code_follows_the_configured_public_address()
    {
        using var moved = KestrelSite.WithPublicAddress("https://printed.example.org");

        var png = await PrintedSheetAsync(moved.Address, "/es/materials/poster", screenshotName: null);

        Assert.Equal(["https://printed.example.org/es/help"], QrCodeReader.ReadAll(png));
    }

    [Theory]
    [MemberData(nameof(Items))]
    [InlineData("/materials")]
    [InlineData("/es/materials")]
    public async Task The_content_security_policy_blocks_nothing_on_the_materials_pages(string path)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        // Chromium reports every blocked style, script or image on the console ("Refused to apply inline style...").
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        await page.GotoAsync(site.Url(path));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.Locator(".sheet").First.WaitForAsync();

        Assert.True(refused.Count == 0, string.Join("\n", refused));
    }

    /// <summary>The sheet as the printer gets it (print styles), at 300 dots per inch: CSS pixels are 1/96
    /// inch.</summary>
    private async Task<byte[]> PrintedSheetAsync(Uri address, string path, string? screenshotName)
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 816, Height = 1056 },
            DeviceScaleFactor = 300f / 96,
        });
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.GotoAsync(new Uri(address, path).ToString());
        var png = await page.Locator(".sheet").ScreenshotAsync();
        if (screenshotName is not null)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await File.WriteAllBytesAsync(Path.Combine(ScreenshotFolder, screenshotName), png);
        }

        return png;
    }

    private static string ScreenshotName(string path) => path.Trim('/').Replace('/', '-') + "-print-300dpi.png";

    private static int PageCount(byte[] pdf) => PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;

    // Each page of a PDF is an object of /Type /Page (the page tree is /Pages, which this does not match).
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PdfPage();
}
