using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Markdown;

namespace HumanTraffickingAwareness.Content.Shortcodes;

/// <summary>
/// <c>{{ hotline phone }}</c>, <c>{{ hotline text }}</c>, <c>{{ hotline emergency }}</c>, <c>{{ hotline name }}</c>:
/// the hotline's numbers as working links, so a page never types a number that site.yml already holds, and its
/// name in the page's language.
/// </summary>
public sealed class HotlineShortcode(SiteSettings site, Languages.SiteLanguage language) : IShortcodeSource
{
    public string Name => "hotline";

    public string Usage => "{{ hotline phone|text|emergency|name }}";

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        var hotline = site.Hotline;
        switch (arguments is [var what] ? what.ToLowerInvariant() : null)
        {
            case "phone":
                return Link(hotline.CallHref, hotline.PhoneDisplay);
            case "text":
                return Link(hotline.TextHref, $"{hotline.TextNumber} ({hotline.TextKeyword})");
            case "emergency":
                return Link(site.EmergencyHref, site.EmergencyNumber);
            case "name":
                return HtmlText.Encode(language.HotlineName);
            default:
                error = "say which of phone, text, emergency or name";
                return null;
        }
    }

    // dir="ltr": a number reads left to right also in an Arabic sentence (1-888-373-7888, never 7888-373-888-1).
    private static string Link(string href, string text) =>
        $"<a href=\"{HtmlText.Encode(href)}\" dir=\"ltr\">{HtmlText.Encode(text)}</a>";
}
