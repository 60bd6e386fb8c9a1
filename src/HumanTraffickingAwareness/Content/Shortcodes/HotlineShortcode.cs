using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Markdown;

namespace HumanTraffickingAwareness.Content.Shortcodes;

/// <summary>
/// <c>{{ hotline phone }}</c>, <c>text</c>, <c>text-also</c>, <c>tty</c>, <c>chat</c>, <c>email</c>, <c>report</c>,
/// <c>hours</c>, <c>emergency</c>, <c>name</c>, and <c>{{ hotline ID phone|web|hours }}</c> for one of site.yml's
/// other_lines: every number and address as a working link, so a page never types what site.yml already holds.
/// </summary>
public sealed class HotlineShortcode(SiteSettings site, Languages.SiteLanguage language) : IShortcodeSource
{
    private const string Choices = "phone, text, text-also, tty, chat, email, report, hours, emergency or name";

    public string Name => "hotline";

    public string Usage => "{{ hotline phone|text|text-also|tty|chat|email|report|hours|emergency|name }} or {{ hotline ID phone|web|hours }}";

    public bool IsBlock => false;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        switch (arguments)
        {
            case [var what]:
                return RenderHotline(what.ToLowerInvariant(), out error);
            case [var id, var what] when site.Channels.OtherLines.FirstOrDefault(l => l.Id == id) is { } line:
                return RenderOtherLine(line, what.ToLowerInvariant(), out error);
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

    private string? RenderHotline(string what, out string? error)
    {
        error = null;
        var hotline = site.Hotline;
        var channels = site.Channels;
        var html = what switch
        {
            "phone" => Link(hotline.CallHref, hotline.PhoneDisplay),
            "text" => Link(hotline.TextHref, $"{hotline.TextNumber} ({hotline.TextKeyword})"),
            "text-also" => channels.TextKeywordAlso is { } also
                ? Link(hotline.TextHrefWith(also), $"{hotline.TextNumber} ({also})")
                : null,
            "tty" => channels.TtyHref is { } tty ? Link(tty, channels.Tty!) : null,
            "chat" => channels.ChatUrl is { } chat ? Link(chat, Shown(chat)) : null,
            "email" => channels.EmailHref is { } email ? Link(email, channels.Email!) : null,
            "report" => channels.TipReportUrl is { } report ? Link(report, Shown(report)) : null,
            "hours" => channels.Hours is { } hours ? HtmlText.Encode(hours) : null,
            "emergency" => Link(site.EmergencyHref, site.EmergencyNumber),
            "name" => HtmlText.Encode(language.HotlineName),
            _ => "",
        };

        if (html == "")
        {
            error = $"say which of {Choices}";
            return null;
        }

        if (html is null)
        {
            error = $"site.yml's hotline has no {SettingOf(what)}: add it there, or leave this out";
        }

        return html;
    }

    private static string? RenderOtherLine(OtherLine line, string what, out string? error)
    {
        error = null;
        string? html = what switch
        {
            "phone" => line.CallHref is { } call ? Link(call, line.PhoneDisplay!) : null,
            "web" => line.Url is { } url ? Link(url, Shown(url)) : null,
            "hours" => line.Hours is { } hours ? HtmlText.Encode(hours) : null,
            _ => "",
        };

        if (html == "")
        {
            error = $"say which of phone, web or hours, such as {{{{ hotline {line.Id} phone }}}}";
            return null;
        }

        if (html is null)
        {
            error = $"site.yml's other_lines '{line.Id}' has no {(what == "web" ? "url" : what)}: add it there, or leave this out";
        }

        return html;
    }

    private static string SettingOf(string what) => what switch
    {
        "text-also" => "text_keyword_also",
        "chat" => "chat_url",
        "report" => "tip_report_url",
        _ => what,
    };

    /// <summary>An address as a reader sees it in the link: without https:// and a closing slash.</summary>
    private static string Shown(string url) => url["https://".Length..].TrimEnd('/');

    private static string Link(string href, string text) =>
        $"<a href=\"{HtmlText.Encode(href)}\">{HtmlText.Encode(text)}</a>";
}
