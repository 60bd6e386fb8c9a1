using Microsoft.AspNetCore.Html;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// What every item's template draws from: the hotline's numbers, one language's words, and the help page.
/// </summary>
/// <param name="HelpUrl">The absolute address of the language's /help page, which the QR code holds.</param>
/// <param name="QrSvg">The QR code of <paramref name="HelpUrl"/>, as SVG markup.</param>
public sealed record PrintView(SiteSettings Site, SiteLanguage Language, string HelpUrl, string QrSvg)
{
    public SiteText Text => Language.Text;

    /// <summary>The items' view in <paramref name="language"/>, pointing to that language's /help page.</summary>
    public static PrintView For(SiteSettings site, SiteLanguage language, Sharing.PublicUrls urls)
    {
        // The help page is written separately; every item links to it so that a deployment prints its own address.
        var helpUrl = urls.Absolute(language.UrlOf("/help"));
        return new PrintView(site, language, helpUrl, HelpQrCode.Svg(helpUrl));
    }

    /// <summary>
    /// "Call 911" in the language's words, the number marked left to right as every number on paper is: in an Arabic
    /// sentence a number must still read 911, and paper has no link to dial the right one.
    /// </summary>
    public IHtmlContent CallEmergency => TextTemplate.FillHtml(Text.CallEmergency,
        ("number", new HtmlContentBuilder().AppendHtml("<span dir=\"ltr\">").Append(Site.EmergencyNumber)
            .AppendHtml("</span>")));

    /// <summary>The help page's address as a person types it: example.org/help, without https://.</summary>
    public string ShortHelpUrl => HelpUrl[(HelpUrl.IndexOf("://", StringComparison.Ordinal) + 3)..].TrimEnd('/');
}
