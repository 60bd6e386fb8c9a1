using AngleSharp.Dom;
using HumanTraffickingAwareness.Content.Markdown.Pictures;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Markdown;

/// <summary><c>{{ picture NAME }}</c>: each picture drawn inline, named in the page's language; a mistyped name, or a
/// picture anywhere but at the start of its row, is an error at its line.</summary>
[Trait("Suite", "InProcess")]
public sealed class PictureShortcodeTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string PageWith(string body) =>
        $"---\ntitle: Page\ndescription: d\nformat: easy-read\n---\n\n{body}\n";

    [Fact]
    public void An_unknown_picture_is_an_error_at_its_line_naming_the_pictures_there_are()
    {
        _content.Write("page.md", PageWith("- {{ picture phone }} Call us.\n- {{ picture phnoe }} Text us."));

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/page.md:8: '{{ picture phnoe }}': there is no picture 'phnoe': use one of " +
            "emergency, phone, ",
            StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("content/page.md:7:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Call us. {{ picture phone }}")]
    [InlineData("## {{ picture phone }} Call us")]
    [InlineData("- **{{ picture phone }}** Call us.")]
    public void A_picture_anywhere_but_at_the_start_of_its_row_is_an_error(string body)
    {
        _content.Write("page.md", PageWith(body));

        var (exit, lines) = _content.Check();

        Assert.Equal(1, exit);
        Assert.Contains("content/page.md:7: '{{ picture phone }}' must start its list item or paragraph: the picture " +
            "is drawn on the left of the idea it stands for", lines);
    }

    [Fact]
    public async Task Each_picture_is_drawn_inline_in_the_texts_colour_and_named_in_english_and_in_spanish()
    {
        var body = string.Join("\n", Pictograms.All.Select(p => $"- {{{{ picture {p.Name} }}}} {p.Name}."));
        _content.Write("pictures.md", PageWith(body));
        _content.Write("es/pictures.md",
            PageWith(body).Replace("format:", "translation: machine translation, not checked\nformat:",
            StringComparison.Ordinal));
        using var site = new SiteFactory(_content.Root);
        var client = site.CreatePlainClient();

        foreach (var (url, language) in new[] { ("/pictures", "en"), ("/es/pictures", "es") })
        {
            var rows = (await Html.GetPageAsync(client, url)).QuerySelectorAll("article.easy-read li").ToList();
            Assert.Equal(Pictograms.All.Count, rows.Count);
            foreach (var (row, picture) in rows.Zip(Pictograms.All))
            {
                var svg = row.FirstElementChild
                    ?? throw new InvalidOperationException($"{url}: no picture for {picture.Name}");
                Assert.Equal("svg", svg.LocalName);
                Assert.Equal("img", svg.GetAttribute("role"));
                Assert.Equal(picture.Names[language], svg.GetAttribute("aria-label"));
                Assert.False(string.IsNullOrWhiteSpace(picture.Names[language]),
                    $"{picture.Name} has no name in {language}");
                Assert.Equal("currentColor", svg.GetAttribute("stroke"));
                Assert.NotEmpty(svg.Children);
                // Drawn only in the text's colour: no colour of its own, which a contrast theme or printer would keep.
                Assert.All(svg.Descendants<IElement>(), shape =>
                {
                    Assert.Null(shape.GetAttribute("fill"));
                    Assert.Null(shape.GetAttribute("stroke"));
                    Assert.Null(shape.GetAttribute("style"));
                });
            }
        }

        Assert.All(Pictograms.All, p => Assert.NotEqual(p.Names["en"], p.Names["es"]));
    }
}
