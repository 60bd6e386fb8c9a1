using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// <c>{{ hotline phone }}</c>, <c>text</c>, <c>text-also</c>, <c>tty</c>, <c>chat</c>, <c>email</c>, <c>report</c>,
/// <c>hours</c>, <c>emergency</c>, <c>name</c>, and <c>{{ hotline ID phone|web|hours }}</c> for one of site.yml's
/// other_lines: every number and address as a working link, so a page never types what site.yml already holds.
/// </summary>
public sealed class HotlineShortcode(SiteSettings site, Languages.SiteLanguage language, TemplateRenderer templates)
    : IShortcodeSource
{
    private const string Choices = "phone, text, text-also, tty, chat, email, report, hours, emergency or name";

    public string Name => "hotline";

    public string Usage => "{{ hotline phone|text|text-also|tty|chat|email|report|hours|emergency|name }} or {{ " +
        "hotline ID phone|web|hours }}";

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        switch (arguments)
        {
            case [var what]:
                return RenderHotline(what.ToLowerInvariant(), context, out error);
            case [var id, var what] when site.Channels.OtherLines.FirstOrDefault(l => l.Id == id) is { } line:
                return RenderOtherLine(line, what.ToLowerInvariant(), context, out error);
            case [var id, _]:
                var ids = site.Channels.OtherLines.Select(l => l.Id).ToList();
                error = ids.Count == 0
                    ? $"site.yml has no other_lines, so there is no '{id}'"
                    : $"site.yml's other_lines has no '{id}': use one of {string.Join(", ", ids)}";
                return null;
            default:
                error = $"say which of {Choices}";
                return null;
        }
    }

    private string? RenderHotline(string what, ShortcodeContext context, out string? error)
    {
        var hotline = site.Hotline;
        var channels = site.Channels;
        // What each word shows, and the site.yml setting it needs (null: always there).
        (string? Html, string? Setting)? shown = what switch
        {
            "phone" => (Link(context, hotline.CallHref, hotline.PhoneDisplay), null),
            "text" => (Link(context, hotline.TextHref, $"{hotline.TextNumber} ({hotline.TextKeyword})"), null),
            "text-also" => (channels.TextKeywordAlso is { } also
                ? Link(context, hotline.TextHrefWith(also), $"{hotline.TextNumber} ({also})")
                : null, "text_keyword_also"),
            "tty" => (channels.Tty is { } tty ? Link(context, channels.TtyHref!, tty) : null, "tty"),
            "chat" => (channels.ChatUrl is { } chat ? Link(context, chat, Shown(chat)) : null, "chat_url"),
            "email" => (channels.Email is { } email ? Link(context, channels.EmailHref!, email) : null, "email"),
            "report" => (channels.TipReportUrl is { } report ? Link(context, report, Shown(report))
                : null, "tip_report_url"),
            "hours" => (channels.Hours is { } hours ? templates.Text(hours) : null, "hours"),
            "emergency" => (Link(context, site.EmergencyHref, site.EmergencyNumber), null),
            "name" => (templates.Text(language.HotlineName), null),
            _ => null,
        };

        error = shown switch
        {
            null => $"say which of {Choices}",
            { Html: null } => $"site.yml's hotline has no {shown.Value.Setting}: add it there, or leave this out",
            _ => null,
        };
        return shown?.Html;
    }

    private string? RenderOtherLine(OtherLine line, string what, ShortcodeContext context, out string? error)
    {
        (string? Html, string Setting)? shown = what switch
        {
            "phone" => (line.CallHref is { } call ? Link(context, call, line.PhoneDisplay!) : null, "phone"),
            "web" => (line.Url is { } url ? Link(context, url, Shown(url)) : null, "url"),
            "hours" => (line.Hours is { } hours ? templates.Text(hours) : null, "hours"),
            _ => null,
        };

        error = shown switch
        {
            null => $"say which of phone, web or hours, such as {{{{ hotline {line.Id} phone }}}}",
            { Html: null } => $"site.yml's other_lines '{line.Id}' has no {shown.Value.Setting}: add " +
                "it there, or leave this out",
            _ => null,
        };
        return shown?.Html;
    }

    /// <summary>An address as a reader sees it in the link: without https:// and a closing slash.</summary>
    private static string Shown(string url) => url["https://".Length..].TrimEnd('/');

    // Inside an editor's link the number is shown, not linked: a link inside a link is not HTML, and browsers would
    // break the editor's link apart around it. The number stays visible, left to right, and the page stays valid.
    private string Link(ShortcodeContext context, string href, string text) =>
        templates.Render<HotlineLink>(
            (nameof(HotlineLink.Href), context.InsideLink ? "" : href), (nameof(HotlineLink.Text), text));

    /// <summary>
    /// A hand-written tel: or sms: link must dial what it shows, and is better written as a shortcode.
    /// </summary>
    public void Check(Markdig.Syntax.MarkdownDocument document, Problems.FileProblems problems) =>
        DialLinks.Check(document, site, problems);
}
