using HumanTraffickingAwareness.Content.Languages;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// One thing a volunteer can print: its address under /materials, the template that draws it
/// (Pages/Materials/Items/_Slug.cshtml) and its words from the language file.
/// </summary>
/// <param name="Slug">The last part of its address: /materials/poster, /es/materials/poster.</param>
/// <param name="Template">The partial view that draws one sheet of it, on screen and on paper alike.</param>
public sealed record PrintableItem(
    string Slug,
    string Template,
    Func<SiteText, string> Name,
    Func<SiteText, string> Purpose,
    Func<SiteText, string> HowToPrint)
{
    public const string ListPath = "/materials";

    /// <summary>Its address in the site's default language, such as /materials/poster.</summary>
    public string NeutralPath => $"{ListPath}/{Slug}";
}
