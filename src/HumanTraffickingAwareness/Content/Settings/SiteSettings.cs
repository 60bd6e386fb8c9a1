using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Languages;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// Site-wide settings from <c>content/site.yml</c>: the one place that holds the hotline's numbers. What is said in
/// words (the site's and the hotline's names) is in each language's file of content/_languages/.
/// </summary>
/// <param name="Language">The code of the default language: the language of the pages at the top of content/.</param>
public sealed record SiteSettings(
    string Language,
    HotlineSettings Hotline,
    string EmergencyNumber,
    string QuickExitUrl,
    IReadOnlyList<NavigationLink> Navigation)
{
    public string EmergencyHref => "tel:" + EmergencyNumber;

    /// <summary>
    /// The hotline's other ways in (TTY, chat, email, the online tip form) and the other lines /help lists.
    /// </summary>
    public HelpChannels Channels { get; init; } = HelpChannels.None;

    /// <summary>The school grade a page's own prose should read at or under; check-content warns above it.</summary>
    public int ReadingGradeLimit { get; init; } = SiteSettingsReader.DefaultReadingGradeLimit;

    /// <summary>The hotline's values and the other lines, each with where it was read and when.</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = [];

    /// <summary>How many months after its checked date a fact is due to be read again at its source.</summary>
    public int FactReviewMonths { get; init; } = FactReview.DefaultReviewMonths;
}

public sealed record HotlineSettings(
    string PhoneDisplay,
    string PhoneDial,
    string TextNumber,
    string TextKeyword)
{
    public string CallHref => "tel:" + PhoneDial;

    // "?&body=" is the form both iOS (which reads "&body=") and Android (which reads "?body=") open prefilled.
    public string TextHref => TextHrefWith(TextKeyword);

    public string TextHrefWith(string keyword) => $"sms:{TextNumber}?&body={Uri.EscapeDataString(keyword)}";
}

/// <summary>
/// An entry of the main navigation; <see cref="Label"/> is the language file's menu label or the page's title.
/// </summary>
public sealed record NavigationLink(string Url, string Label)
{
    /// <summary>Where the entry is in site.yml, for reporting a link to a page that does not exist.</summary>
    public int SourceLine { get; init; }

    /// <summary>
    /// The language the page is shown in, when it is not the reader's (a page not translated yet); else null.
    /// </summary>
    public Languages.SiteLanguage? ShownIn { get; init; }
}
