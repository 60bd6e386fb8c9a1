using HumanTraffickingAwareness.BrowserTests.Infrastructure;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>The way to every channel of help: one tap from the banner, and a real link for each channel.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class HelpTests(BrowserSite site)
{
    private static readonly string ScreenshotFolder =
        Path.Combine(TempContent.RepositoryRoot, "tests", "HumanTraffickingAwareness.BrowserTests", "screenshots");

    [Theory]
    [InlineData("/learn", "/help")]
    [InlineData("/es/learn", "/es/help")]
    public async Task Help_is_one_tap_from_the_banner_on_a_320_pixel_phone_beside_call_text_911_and_exit(string path,
        string help)
    {
        var page = await site.SharedPageAsync(320, 568);
        await page.GotoAsync(site.Url(path));
        await page.EvaluateAsync("window.scrollTo(0, document.scrollingElement.scrollHeight / 2)");
        Directory.CreateDirectory(ScreenshotFolder);
        await page.Locator("aside.hotline").ScreenshotAsync(new()
        {
            Path = Path.Combine(ScreenshotFolder,
                $"banner{(path.StartsWith("/es", StringComparison.Ordinal) ? "-es" : "")}-320.png")
        });

        foreach (var selector in new[] { "a[href^='tel:+1']", "a[href^='sms:']", "a[href='tel:911']", "a.quick-exit",
            $"a[href='{help}']" })
        {
            var box = await page.Locator($"aside.hotline .hotline-actions {selector}").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 320 && box.Y >= 0 && box.Y + box.Height <= 568,
                $"{path}: {selector} at {box.X},{box.Y} {box.Width}x{box.Height}");
            Assert.True(box.Width >= 44 && box.Height >= 44, $"{path}: {selector} is {box.Width}x{box.Height}");
        }

        await page.Locator($"aside.hotline a[href='{help}']").ClickAsync();
        await page.WaitForURLAsync(site.Url(help));
        Assert.Equal(help, new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData("/help")]
    [InlineData("/es/help")]
    public async Task Every_channel_is_a_real_link_with_its_value_as_visible_text(string path)
    {
        var page = await site.SharedPageAsync(360, 740);
        await page.GotoAsync(site.Url(path));

        var links =
            page.Locator("main a[href^='tel:'], main a[href^='sms:'], main a[href^='mailto:'], main " +
            "a[href*='humantraffickinghotline.org'], main a[href*='cybertip'], main a[href*='dss.mo.gov']");
        var found = new List<string>();
        foreach (var link in await links.AllAsync())
        {
            if (await link.EvaluateAsync<bool>("a => a.closest('.share') !== null"))
            {
                continue; // the share block's own links, not a channel
            }

            var href = (await link.GetAttributeAsync("href"))!;
            Assert.Matches("^(tel:\\+?[0-9]+|sms:[0-9]+\\?&body=[A-Z]+|mailto:[^@]+@[^@]+|https://.+)$", href);
            Assert.True(await link.IsVisibleAsync(), $"{path}: {href} is not visible");
            Assert.False(string.IsNullOrWhiteSpace(await link.InnerTextAsync()), $"{path}: {href} has no visible text");
            found.Add(href);
        }

        foreach (var channel in new[] { "tel:+18883737888", "tel:711", "sms:233733?&body=HELP", "sms:233733?&body=INFO",
            "https://humantraffickinghotline.org/chat", "mailto:help@humantraffickinghotline.org",
            "https://humantraffickinghotline.org/en/report-trafficking", "tel:911", "tel:+18003923738",
            "tel:+18008435678", "https://report.cybertip.org/" })
        {
            Assert.Contains(channel, found);
        }
    }
}
