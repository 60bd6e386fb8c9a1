using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace HumanTraffickingAwareness.Content.Templates;

/// <summary>
/// The site's one HTML encoder: Razor Pages get it from the services (Hosting/Website.cs) and the templates
/// through <see cref="TemplateRenderer"/>, so the same text is written the same way on every page.
/// </summary>
public static class SiteHtmlEncoder
{
    /// <summary>
    /// Every letter as itself: the framework's default would write información as informaci&amp;#xF3;n, growing pages
    /// in Spanish by a tenth and hiding their words in the source. The pages are UTF-8; &lt;, &gt;, &amp;, quotes and +
    /// are still escaped (+ as &amp;#x2B;, the same DOM).
    /// </summary>
    public static HtmlEncoder Instance { get; } = HtmlEncoder.Create(UnicodeRanges.All);
}
