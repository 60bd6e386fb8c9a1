using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>A menu and the name a screen reader announces for it, in the page's language.</summary>
public sealed record NavigationView(IReadOnlyList<NavigationLink> Links, string Label);

/// <summary>
/// Where the page is in the other languages (or their home page); <see cref="Label"/> names the menu in the page's
/// language, <see cref="Current"/> is that language.
/// </summary>
public sealed record LanguageSwitch(SiteLanguage Current, IReadOnlyList<PageVersion> Others, string Label);
