using YamlDotNet.Serialization;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// Every sentence, label and heading the site's templates write, in one language: the <c>text:</c> block of a file in
/// <c>content/_languages/</c>. Templates never hold words of their own, so a language is added without touching code.
/// A text marked with <see cref="PlaceholdersAttribute"/> must keep those <c>{names}</c>: the site fills them in.
/// </summary>
/// <remarks>Read by YamlDotNet (each property is the snake_case key, such as <c>skip_to_main</c>) and never changed afterwards.</remarks>
public sealed class SiteText : IHasSourceLine
{
    // Every page
    public string SkipToMain { get; set; } = "";

    public string MainMenu { get; set; } = "";

    public string LanguageMenu { get; set; } = "";

    [Placeholders("date")]
    public string PageUpdated { get; set; } = "";

    [Placeholders("site", "hotline", "phone", "text")]
    public string ShareImageAlt { get; set; } = "";

    // The hotline banner
    public string Call { get; set; } = "";

    [Placeholders("keyword")]
    public string TextKeywordTo { get; set; } = "";

    public string InDanger { get; set; } = "";

    [Placeholders("number")]
    public string CallEmergency { get; set; } = "";

    public string GetHelp { get; set; } = "";

    public string BrowseSafely { get; set; } = "";

    public string ExitPage { get; set; } = "";

    public string ExitDescription { get; set; } = "";

    public string ExitShortcut { get; set; } = "";

    // Shown and read out while Shift is pressed for the quick exit.
    public string ExitPressTwoMore { get; set; } = "";

    public string ExitPressOneMore { get; set; } = "";

    public string ExitShiftExpired { get; set; } = "";

    // The hotline sentence (footer, error pages) and the footer
    [Placeholders("hotline", "phone", "text", "emergency")]
    public string HelpIfTrafficked { get; set; } = "";

    [Placeholders("hotline", "phone", "text", "emergency")]
    public string HelpNow { get; set; } = "";

    [Placeholders("exit")]
    public string FooterExit { get; set; } = "";

    public string FooterSafetyLink { get; set; } = "";

    public string FooterHelpLink { get; set; } = "";

    // The share block under every page
    public string ShareTitle { get; set; } = "";

    public string ShareNative { get; set; } = "";

    public string CopyLink { get; set; } = "";

    public string Email { get; set; } = "";

    public string TextMessage { get; set; } = "";

    public string LinkToPage { get; set; } = "";

    public string LinkCopied { get; set; } = "";

    public string CopyFailed { get; set; } = "";

    // Error and status pages
    public string NotFoundTitle { get; set; } = "";

    public string NotFoundText { get; set; } = "";

    public string NotAllowedTitle { get; set; } = "";

    public string NotAllowedText { get; set; } = "";

    public string UpdatingTitle { get; set; } = "";

    public string UpdatingText { get; set; } = "";

    public string ErrorTitle { get; set; } = "";

    public string ErrorText { get; set; } = "";

    public string WhereNext { get; set; } = "";

    public string HomePage { get; set; } = "";

    public string NotTranslatedTitle { get; set; } = "";

    public string NotTranslatedText { get; set; } = "";

    // Section links and definitions
    [Placeholders("heading")]
    public string SectionLink { get; set; } = "";

    public string DefinitionLink { get; set; } = "";

    public string DefinitionLaw { get; set; } = "";

    public string DefinitionSource { get; set; } = "";

    // Statistics tables and charts
    public string Period { get; set; } = "";

    public string Contacts { get; set; } = "";

    public string Cases { get; set; } = "";

    public string Victims { get; set; } = "";

    public string CasesPerHundredContacts { get; set; } = "";

    [Placeholders("region")]
    public string ShareOfCases { get; set; } = "";

    [Placeholders("region")]
    public string TableCaption { get; set; } = "";

    public string NotPublished { get; set; } = "";

    public string And { get; set; } = "";

    [Placeholders("region", "measures", "periods")]
    public string ChartTitle { get; set; } = "";

    [Placeholders("regions")]
    public string RatesTitle { get; set; } = "";

    [Placeholders("from", "to")]
    public string PeriodSpan { get; set; } = "";

    [Placeholders("value", "period")]
    public string FigureInYear { get; set; } = "";

    [Placeholders("value", "period")]
    public string FigureInSpan { get; set; } = "";

    [Placeholders("source", "date")]
    public string DataSource { get; set; } = "";

    // Printable materials (/materials and each item's page)
    public string MaterialsPrintHeading { get; set; } = "";

    public string MaterialsAll { get; set; } = "";

    public string MaterialsScan { get; set; } = "";

    [Placeholders("url")]
    public string MaterialsQrLabel { get; set; } = "";

    public string MaterialsFree { get; set; } = "";

    public string PosterName { get; set; } = "";

    public string PosterPurpose { get; set; } = "";

    public string PosterPrint { get; set; } = "";

    public string PosterHeading { get; set; } = "";

    public string PosterLead { get; set; } = "";

    public string WalletCardsName { get; set; } = "";

    public string WalletCardsPurpose { get; set; } = "";

    public string WalletCardsPrint { get; set; } = "";

    public string WalletCardHeading { get; set; } = "";

    public string RestroomCardsName { get; set; } = "";

    public string RestroomCardsPurpose { get; set; } = "";

    public string RestroomCardsPrint { get; set; } = "";

    public string RestroomCardHeading { get; set; } = "";

    public string RestroomCardLead { get; set; } = "";

    /// <summary>The line of the <c>text:</c> key, where a missing text is reported.</summary>
    [YamlIgnore]
    public int SourceLine { get; set; }
}

/// <summary>The <c>{names}</c> a text must contain, because the site puts a number, a link or a name there.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlaceholdersAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}
