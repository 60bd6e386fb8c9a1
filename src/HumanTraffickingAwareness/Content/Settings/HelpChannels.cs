namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// The hotline's ways in besides a call and a text, and the other lines a reader may need, from <c>site.yml</c>.
/// Each is optional: what is not set is not shown, and a shortcode asking for it is reported.
/// </summary>
/// <param name="Tty">The relay number Deaf, hard-of-hearing and speech-disabled callers dial (711).</param>
/// <param name="TextKeywordAlso">A second word the hotline's text line answers to, beside the banner's keyword.</param>
/// <param name="Hours">When the hotline answers, as written for readers (24/7).</param>
public sealed record HelpChannels(
    string? Tty,
    string? TextKeywordAlso,
    string? ChatUrl,
    string? Email,
    string? TipReportUrl,
    string? Hours,
    IReadOnlyList<OtherLine> OtherLines)
{
    public static HelpChannels None { get; } = new(null, null, null, null, null, null, []);

    public string? TtyHref => Tty is null ? null : "tel:" + Tty;

    public string? EmailHref => Email is null ? null : "mailto:" + Email;
}

/// <summary>
/// Another line than the hotline (a state child abuse hotline, a tip line), named in the pages that show it.
/// </summary>
/// <param name="Id">How a page names it: <c>{{ hotline missouri-child-abuse phone }}</c>.</param>
public sealed record OtherLine(string Id, string? PhoneDisplay, string? PhoneDial, string? Url, string? Hours)
{
    public string? CallHref => PhoneDial is null ? null : "tel:" + PhoneDial;
}
