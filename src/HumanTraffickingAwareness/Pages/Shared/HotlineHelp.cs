using HumanTraffickingAwareness.Content;
using HumanTraffickingAwareness.Content.Languages;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>
/// The hotline sentence of _HotlineHelp: one of the language file's texts that fit the page (help_now,
/// help_if_trafficked), with the hotline's name and working links to its numbers filled in.
/// </summary>
public sealed record HotlineHelp(SiteSettings Site, SiteLanguage Language, string Template);
