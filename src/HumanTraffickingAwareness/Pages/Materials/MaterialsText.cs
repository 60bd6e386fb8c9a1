namespace HumanTraffickingAwareness.Content.Languages;

// The printable materials' words (/materials and each item's page), kept with the items: part of SiteText, read from
// the same text: block of each language file (materials_*, poster_*, wallet_card*, restroom_card*).
public sealed partial record SiteText
{
    public string MaterialsPrintHeading { get; init; } = "";

    public string MaterialsAll { get; init; } = "";

    public string MaterialsScan { get; init; } = "";

    public string MaterialsQrLabel { get; init; } = "";

    public string MaterialsFree { get; init; } = "";

    public string PosterName { get; init; } = "";

    public string PosterPurpose { get; init; } = "";

    public string PosterPrint { get; init; } = "";

    public string PosterHeading { get; init; } = "";

    public string PosterLead { get; init; } = "";

    public string WalletCardsName { get; init; } = "";

    public string WalletCardsPurpose { get; init; } = "";

    public string WalletCardsPrint { get; init; } = "";

    public string WalletCardHeading { get; init; } = "";

    public string RestroomCardsName { get; init; } = "";

    public string RestroomCardsPurpose { get; init; } = "";

    public string RestroomCardsPrint { get; init; } = "";

    public string RestroomCardHeading { get; init; } = "";

    public string RestroomCardLead { get; init; } = "";

    private static SiteText ReadMaterialsText(ISiteTextSource text) => new()
    {
        MaterialsPrintHeading = text.Read("materials_print_heading", f => f.MaterialsPrintHeading),
        MaterialsAll = text.Read("materials_all", f => f.MaterialsAll),
        MaterialsScan = text.Read("materials_scan", f => f.MaterialsScan),
        MaterialsQrLabel = text.Read("materials_qr_label", f => f.MaterialsQrLabel, "url"),
        MaterialsFree = text.Read("materials_free", f => f.MaterialsFree),
        PosterName = text.Read("poster_name", f => f.PosterName),
        PosterPurpose = text.Read("poster_purpose", f => f.PosterPurpose),
        PosterPrint = text.Read("poster_print", f => f.PosterPrint),
        PosterHeading = text.Read("poster_heading", f => f.PosterHeading),
        PosterLead = text.Read("poster_lead", f => f.PosterLead),
        WalletCardsName = text.Read("wallet_cards_name", f => f.WalletCardsName),
        WalletCardsPurpose = text.Read("wallet_cards_purpose", f => f.WalletCardsPurpose),
        WalletCardsPrint = text.Read("wallet_cards_print", f => f.WalletCardsPrint),
        WalletCardHeading = text.Read("wallet_card_heading", f => f.WalletCardHeading),
        RestroomCardsName = text.Read("restroom_cards_name", f => f.RestroomCardsName),
        RestroomCardsPurpose = text.Read("restroom_cards_purpose", f => f.RestroomCardsPurpose),
        RestroomCardsPrint = text.Read("restroom_cards_print", f => f.RestroomCardsPrint),
        RestroomCardHeading = text.Read("restroom_card_heading", f => f.RestroomCardHeading),
        RestroomCardLead = text.Read("restroom_card_lead", f => f.RestroomCardLead),
    };
}
