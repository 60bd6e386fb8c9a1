using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// The hotline sentence of _HotlineHelp: one of the language file's texts that fit the page (help_now,
/// help_if_trafficked), with the hotline's name and working links to its numbers filled in.
/// </summary>
public sealed record HotlineHelp(SiteSettings Site, SiteLanguage Language, string Template)
{
    /// <summary>
    /// The safety advice page a reader of this language can read (perhaps in another language); null when there is
    /// none.
    /// </summary>
    public PageVersion? Safety { get; init; }

    /// <summary>The safety page's address, in the reader's language by default.</summary>
    public string SafetyUrl => Safety?.Url ?? Language.UrlOf("/safety");

    /// <summary>The safety page's language, when it is not the reader's.</summary>
    public SiteLanguage? SafetyShownIn => Safety is { } safety && safety.Language != Language ? safety.Language : null;
}
