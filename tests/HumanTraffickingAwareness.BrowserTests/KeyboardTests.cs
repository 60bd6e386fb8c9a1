using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

[Collection(BrowserCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class KeyboardTests(BrowserSite site)
{
    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          const style = getComputedStyle(e);
          return {
            tag: e.tagName, href: e.getAttribute('href') || '', cls: e.className || '',
            text: (e.textContent || '').trim().slice(0, 40),
            visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
              || style.boxShadow !== 'none',
            onScreen: (() => {
              const r = e.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
            })(),
            // WCAG 2.4.11: the focused element is not hidden, for instance under the sticky banner.
            underBanner: (() => {
              // The first line box: a link that wraps has a bounding box whose middle is between its lines.
              const r = e.getClientRects()[0] || e.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return !!hit && hit !== e && !e.contains(hit);
            })()
          };
        }
        """;

    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task The_first_tab_reaches_the_skip_link_and_the_call_link_is_a_few_tabs_away(string path)
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url(path));

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<Focus>(DescribeFocus);
        Assert.Equal("#main", first.Href);
        Assert.True(first.OnScreen, "the skip link shows when focused");

        for (var tabs = 2; ; tabs++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus>(DescribeFocus);
            if (focus.Href == "tel:+18883737888")
            {
                Assert.True(tabs <= 4, $"the call link took {tabs} tabs");
                break;
            }

            Assert.True(tabs < 4, "the call link is not within the first 4 tabs");
        }
    }

    [Theory]
    [InlineData("/learn")]
    [InlineData("/statistics")]
    [InlineData("/no-such-page")]
    [InlineData("/ar/help")]
    public async Task Focus_is_always_visible(string path)
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url(path));

        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus>(DescribeFocus);
            if (focus.Tag == "BODY")
            {
                break;
            }

            Assert.True(focus.Visible,
                $"tab {i + 1} on {path}: <{focus.Tag} class='{focus.Cls}'> {focus.Text} has no visible focus");
            Assert.True(focus.OnScreen, $"tab {i + 1} on {path}: {focus.Text} is focused off screen");
            Assert.False(focus.UnderBanner, $"tab {i + 1} on {path}: {focus.Text} is focused under the banner");
        }
    }

    [Fact]
    public async Task A_section_link_works_from_the_keyboard()
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url("/learn"));

        var link = page.Locator("#who-is-vulnerable + a.section-link");
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/learn#who-is-vulnerable");
    }

    [Fact]
    public async Task The_share_controls_are_reached_with_the_tab_key()
    {
        var page = await site.SharedPageAsync(1280, 800);
        await page.GotoAsync(site.Url("/safety"));

        var reached = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<Focus>(DescribeFocus);
            if (focus.Tag == "BODY")
            {
                break;
            }

            reached.Add(focus.Text);
        }

        foreach (var control in new[] { "Email", "Text message", "WhatsApp", "Facebook", "X (Twitter)" })
        {
            Assert.Contains(control, reached);
        }
    }

    [Fact]
    public async Task Copy_link_copies_the_page_address_from_the_keyboard()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"],
            new() { Origin = site.Address.GetLeftPart(UriPartial.Authority) });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("/learn"));

        var copy = page.Locator("[data-copy-link] button");
        if (!await copy.IsVisibleAsync())
        {
            // The Clipboard API needs a secure context; http://127.0.0.1 is one in Chromium, so this should not happen.
            Assert.Fail("Copy link is hidden on a loopback page");
        }

        await copy.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-share-status]")).ToHaveTextAsync("Link copied.");
        Assert.Equal(site.Url("/learn"), await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    public sealed class Focus
    {
        public string Tag { get; set; } = "";

        public string Href { get; set; } = "";

        public string Cls { get; set; } = "";

        public string Text { get; set; } = "";

        public bool Visible { get; set; }

        public bool OnScreen { get; set; }

        public bool UnderBanner { get; set; }
    }
}
