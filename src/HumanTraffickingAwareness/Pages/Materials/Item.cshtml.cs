using Microsoft.AspNetCore.Mvc;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Pages.Shared;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// One printable item, such as /materials/poster: how to print it, then the sheet itself, which alone is printed.
/// </summary>
public sealed class ItemModel(ContentSnapshot snapshot, RequestLanguage requestLanguage, PublicUrls urls)
    : MaterialsPageModel(snapshot, requestLanguage, urls)
{
    public PrintableItem Item { get; private set; } = null!;

    /// <summary>
    /// This item in every language whose /materials page is published: where the language switch leads.
    /// </summary>
    public IReadOnlyList<PageVersion> Versions =>
        Snapshot.VersionsOf(PrintableItem.ListPath).Select(v => v with { Url = v.Language.UrlOf(Item.NeutralPath) })
            .ToList();

    public IActionResult OnGet(string item)
    {
        if (PrintableItems.Find(item) is not { } found)
        {
            return NotFound();
        }

        if (Begin(found.NeutralPath) is { } refused)
        {
            return refused;
        }

        Item = found;
        return Page();
    }
}
