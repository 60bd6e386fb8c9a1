namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// Every printable item, in the order /materials lists them. To add one: a template in Items/ and its styles in
/// materials.css (both in this folder), its words at the end of each language file's text (name, purpose, how to
/// print) and in MaterialsText.cs, and an entry here.
/// </summary>
public static class PrintableItems
{
    public static IReadOnlyList<PrintableItem> All { get; } =
    [
        new("poster", "Items/_Poster", t => t.PosterName, t => t.PosterPurpose, t => t.PosterPrint),
        new("wallet-cards", "Items/_WalletCards", t => t.WalletCardsName, t => t.WalletCardsPurpose, t =>
            t.WalletCardsPrint),
        new("restroom-cards", "Items/_RestroomCards", t => t.RestroomCardsName, t => t.RestroomCardsPurpose, t =>
            t.RestroomCardsPrint),
    ];

    public static PrintableItem? Find(string? slug) =>
        All.FirstOrDefault(item => string.Equals(item.Slug, slug, StringComparison.OrdinalIgnoreCase));
}
