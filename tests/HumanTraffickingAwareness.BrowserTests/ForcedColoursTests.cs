using Microsoft.Playwright;
using HumanTraffickingAwareness.BrowserTests.Infrastructure;

namespace HumanTraffickingAwareness.BrowserTests;

/// <summary>
/// A reader with a Windows contrast theme (forced colours, dark or light) still sees where each hotline button is,
/// and can read the statistics charts: every control keeps a boundary, and every label, figure and bar of a chart is
/// drawn in the theme's own colours, with enough contrast against what is behind it.
/// </summary>
[Collection(AccessibilityCollection.Name)]
[Trait("Suite", "Browser")]
public sealed class ForcedColoursTests(BrowserSite site)
{
    // WCAG: 3:1 for a control's boundary and a chart's bars (1.4.11), 4.5:1 for text (1.4.3).
    private const double Boundary = 3;
    private const double Text = 4.5;

    /// <summary>Colours as the browser computed them, and the contrast ratio of two of them (WCAG's formula).</summary>
    private const string Helpers = """
        (() => {
          const parse = c => {
            const m = c.match(/[\d.]+/g).map(Number);
            return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 };
          };
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
          const contrast = (x, y) => {
            const [a, b] = [luminance(parse(x)), luminance(parse(y))].sort((p, q) => q - p);
            return (a + 0.05) / (b + 0.05);
          };
          // What is painted behind an element: the first ancestor (itself included) with a background that is not
          // transparent.
          const behind = el => {
            for (let e = el; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (parse(c).a > 0) return c;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          return { parse, contrast, behind };
        })()
        """;

    private async Task<IPage> OpenAsync(ColorScheme scheme, string path)
    {
        var context = await site.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions
        {
            ForcedColors = ForcedColors.Active,
            ColorScheme = scheme
        });
        await page.GotoAsync(site.Url(path));
        return page;
    }

    public static TheoryData<string> Schemes => new() { "dark", "light" };

    private static ColorScheme SchemeOf(string name) => name == "dark" ? ColorScheme.Dark : ColorScheme.Light;

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task Every_hotline_button_keeps_a_visible_boundary_in_forced_colours(string scheme)
    {
        var page = await OpenAsync(SchemeOf(scheme), "/statistics");
        await page.Locator("aside.hotline").ScreenshotAsync(new()
        {
            Path = Path.Combine(Path.GetTempPath(), $"hta-forced-{scheme}-banner.png")
        });

        var buttons = await page.EvaluateAsync<string[]>($$"""
            (() => {
              const h = {{Helpers}};
              return [...document.querySelectorAll('aside.hotline a')].map(a => {
                const s = getComputedStyle(a);
                const around = h.behind(a.parentElement);
                const border = ['Top', 'Right', 'Bottom', 'Left'].every(side =>
                  s['border' + side + 'Style'] !== 'none' && parseFloat(s['border' + side + 'Width']) >= 1
                  && h.contrast(s['border' + side + 'Color'], around) >= {{Boundary}});
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1
                  && h.contrast(s.outlineColor, around) >= {{Boundary}};
                return (border || outline ? 'ok ' : 'NO BOUNDARY ') + a.textContent.trim().replace(/\s+/g, ' ')
                  + ` (border ${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}, outline ${s.outlineStyle}`
                  + ` ${s.outlineColor}, around ${around})`;
              });
            })()
            """);

        Assert.True(buttons.Length >= 6, $"only {buttons.Length} links in the banner");
        Assert.All(buttons, button => Assert.StartsWith("ok ", button));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_charts_labels_figures_and_bars_follow_the_system_colours(string scheme)
    {
        var page = await OpenAsync(SchemeOf(scheme), "/statistics");
        var chart = page.Locator("figure.chart").First;
        await chart.ScreenshotAsync(new()
        {
            Path = Path.Combine(Path.GetTempPath(), $"hta-forced-{scheme}-chart.png")
        });

        var problems = await page.EvaluateAsync<string[]>($$"""
            (() => {
              const h = {{Helpers}};
              const problems = [];
              for (const figure of document.querySelectorAll('figure.chart')) {
                const back = h.behind(figure);
                for (const t of figure.querySelectorAll('.chart-label, .chart-value')) {
                  const fill = getComputedStyle(t).fill;
                  if (h.contrast(fill, back) < {{Text}}) {
                    problems.push(`${figure.id}: "${t.textContent}" in ${fill} on ${back}`);
                  }
                }
                for (const bar of figure.querySelectorAll('.chart-bar')) {
                  const s = getComputedStyle(bar);
                  const filled = s.fill !== 'none' && h.contrast(s.fill, back) >= {{Boundary}};
                  const outlined = s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 1
                    && h.contrast(s.stroke, back) >= {{Boundary}};
                  if (!filled && !outlined) {
                    problems.push(`${figure.id}: a bar in ${s.fill} (stroke ${s.stroke}) on ${back}`);
                  }
                }
                for (const swatch of figure.querySelectorAll('.chart-swatch')) {
                  const s = getComputedStyle(swatch);
                  const filled = h.contrast(s.backgroundColor, back) >= {{Boundary}}
                    && h.parse(s.backgroundColor).a > 0;
                  const bordered = s.borderTopStyle !== 'none'
                    && h.contrast(s.borderTopColor, back) >= {{Boundary}};
                  if (!filled && !bordered) {
                    problems.push(`${figure.id}: a legend key in ${s.backgroundColor} on ${back}`);
                  }
                }
                const caption = figure.querySelector('figcaption');
                if (h.contrast(getComputedStyle(caption).color, back) < {{Text}}) {
                  problems.push(`${figure.id}: caption in ${getComputedStyle(caption).color}`);
                }
              }
              return problems;
            })()
            """);

        Assert.True(await page.Locator("figure.chart .chart-bar").CountAsync() > 0, "no chart on /statistics");
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_charts_series_stay_told_apart_in_forced_colours(string scheme)
    {
        var page = await OpenAsync(SchemeOf(scheme), "/statistics");

        // Each series (and its legend key) is drawn differently from the others: by fill, or by a hollow bar.
        var looks = await page.EvaluateAsync<string[]>("""
            [...new Set([...document.querySelectorAll('figure.chart .chart-bar')]
                .map(b => [...b.classList].find(c => c.startsWith('chart-series-'))))]
              .map(series => {
                const s = getComputedStyle(document.querySelector('.chart-bar.' + series));
                return s.fill + '/' + s.stroke;
              })
            """);

        Assert.Equal(looks.Length, looks.Distinct().Count());
    }
}
