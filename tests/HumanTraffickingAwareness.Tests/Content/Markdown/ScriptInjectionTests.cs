using AngleSharp.Dom;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary>
/// Classic script-injection and filter-evasion payloads (after the OWASP XSS filter evasion cheat sheet) written into
/// a page and run through the real rendering pipeline: whatever the page says, the HTML that comes out is inert.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class ScriptInjectionTests
{
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](javascript&#58;alert(1))",
        "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[x](&#x6A;avascript:alert(1))",
        "[x](java%0ascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x]( javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](DATA:text/html,<script>alert(1)</script>)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](/learn \"\\\" onmouseover=\\\"alert(1)\")",
        "[x](/learn\" onmouseover=\"alert(1))",
        "[x](//evil.example/)",
        "![x\" onerror=\"alert(1)](/a.png)",
        "**<script>**alert(1)**</script>**",
        "`<script>alert(1)</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "> <script>alert(1)</script>\n>\n> — <img src=x onerror=alert(1)>",
        "## <img src=x onerror=alert(1)> heading",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "Text[^1]\n\n[^1]: <script>alert(1)</script>",
        "{{ hotline \"><script>alert(1)</script> }}",
        "{{ <script>alert(1)</script> }}",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<!--<script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Injected_markup_comes_out_inert(string payload)
    {
        var markdown = $"---\ntitle: Test\ndescription: Test\n---\n\nBefore.\n\n{payload}\n\nAfter.\n";
        var parsed = MarkdownPageRenderer.ParseAndRender(markdown, "content/test.md", new ShortcodeBinder([]),
            new SiteText { SectionLink = "Link to the section {heading}" });

        var document = await Html.ParseAsync($"<!DOCTYPE html><html><body>{parsed.Html}</body></html>");
        AssertInert(document, payload);
    }

    internal static void AssertInert(IDocument document, string payload)
    {
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, math, base, meta, link, " +
            "form"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{payload}: {attribute.Name} on <{element.LocalName}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    Assert.True(LinkPolicy.IsSafe(attribute.Value), $"{payload}: {attribute.Name}={attribute.Value}");
                    var compact = new string(Uri.UnescapeDataString(attribute.Value).Where(c => c > ' ').ToArray())
                        .ToLowerInvariant();
                    Assert.DoesNotContain("javascript:", compact);
                    Assert.DoesNotContain("vbscript:", compact);
                    Assert.False(compact.StartsWith("data:", StringComparison.Ordinal),
                        $"{payload}: {attribute.Value}");
                    Assert.False(compact.StartsWith("//", StringComparison.Ordinal), $"{payload}: {attribute.Value}");
                }
            }
        }
    }
}
