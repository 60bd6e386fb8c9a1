using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Templates;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Templates;

/// <summary>
/// Razor Pages and the content templates write through one encoder, so a letter or a phone number comes out the same
/// on every page: letters as themselves (UTF-8), never as &amp;#xF3;.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed partial class OneEncoderTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    private const string Words = "información خط المساعدة 获得帮助";

    [Fact]
    public void Razor_pages_use_the_site_encoder() =>
        Assert.Same(SiteHtmlEncoder.Instance, site.Services.GetRequiredService<HtmlEncoder>());

    [Fact]
    public void A_template_writes_letters_as_themselves()
    {
        var html = TemplateRenderer.Site.Render<HotlineLink>((nameof(HotlineLink.Href), "https://example.org/"),
            (nameof(HotlineLink.Text), Words));

        Assert.Contains(Words, html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public void A_template_is_written_by_the_encoder_its_renderer_is_given()
    {
        // The framework's renderer takes the HtmlEncoder of its services, or HtmlEncoder.Default without one: this one
        // would escape every letter outside ASCII.
        var html = new TemplateRenderer(HtmlEncoder.Default).Render<HotlineLink>((nameof(HotlineLink.Href),
            "https://example.org/"), (nameof(HotlineLink.Text), Words));

        Assert.Contains("informaci&#xF3;n", html);
    }

    [Theory]
    [InlineData("/es/statistics", "Estadísticas de la línea directa", "Víctimas identificadas")]
    [InlineData("/ar/help", "اطلب المساعدة الآن", null)]
    [InlineData("/zh-hans/help", "立即获得帮助", null)]
    [InlineData("/es/definitions", "Definiciones legales", "Trata con fines de explotación sexual")]
    public async Task Pages_write_letters_as_themselves(string url, string fromRazor, string? fromTemplate)
    {
        var html = await site.CreatePlainClient().GetStringAsync(url);

        Assert.Contains($"<h1>{fromRazor}</h1>", html);
        if (fromTemplate is not null)
        {
            Assert.Contains(fromTemplate, html);
        }

        var escapedLetters = NumericReference().Matches(html)
            .Select(m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16)))
            .Where(c => c.Any(char.IsLetter)).Distinct().ToList();
        Assert.Empty(escapedLetters);
    }

    [Fact]
    public async Task The_call_link_is_written_alike_by_the_banner_and_by_a_shortcode()
    {
        var html = await site.CreatePlainClient().GetStringAsync("/");

        // As written in the source, before a parser decodes it: the banner is Razor, {{ hotline phone }} a template.
        var banner = Regex.Match(html, "<a class=\"hotline-link hotline-call\" href=\"([^\"]*)\"").Groups[1].Value;
        var shortcode = Regex.Match(html,
            "<main[\\s\\S]*?<a href=\"([^\"]*)\" dir=\"ltr\">1-888-373-7888</a>").Groups[1].Value;
        Assert.Equal("tel:&#x2B;18883737888", banner);
        Assert.Equal(banner, shortcode);
    }

    [Fact]
    public void Templates_render_on_many_threads_at_once()
    {
        var expected = TemplateRenderer.Site.Render<HotlineLink>((nameof(HotlineLink.Href), "tel:+18883737888"),
            (nameof(HotlineLink.Text), "1-888-373-7888"));

        var rendered = new string[200];
        Parallel.For(0, rendered.Length, i => rendered[i] = TemplateRenderer.Site.Render<HotlineLink>(
            (nameof(HotlineLink.Href), "tel:+18883737888"), (nameof(HotlineLink.Text), "1-888-373-7888")));

        Assert.All(rendered, html => Assert.Equal(expected, html));
    }

    [GeneratedRegex("&#x([0-9A-Fa-f]+);")]
    private static partial Regex NumericReference();
}
