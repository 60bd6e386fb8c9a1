namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>
/// Every sentence, label and heading the site's templates write, in one language: the <c>text:</c> block of a file in
/// <c>content/_languages/</c>. Templates never hold words of their own, so a language is added without touching code.
/// </summary>
/// <remarks>
/// <see cref="From"/> is the one place each text's key (as the file writes it, such as <c>skip_to_main</c>) and the
/// <c>{names}</c> it must keep (the site fills them in) are written; the printable materials' own, in the same way,
/// beside them (Pages/Materials/MaterialsText.cs).
/// </remarks>
public sealed partial record SiteText
{
    // Every page
    public string SkipToMain { get; init; } = "";

    public string MainMenu { get; init; } = "";

    public string LanguageMenu { get; init; } = "";

    public string PageUpdated { get; init; } = "";

    public string ShareImageAlt { get; init; } = "";

    // The hotline banner
    public string Call { get; init; } = "";

    public string TextKeywordTo { get; init; } = "";

    public string InDanger { get; init; } = "";

    public string CallEmergency { get; init; } = "";

    public string GetHelp { get; init; } = "";

    public string BrowseSafely { get; init; } = "";

    public string ExitPage { get; init; } = "";

    public string ExitDescription { get; init; } = "";

    public string ExitShortcut { get; init; } = "";

    // Shown and read out while Shift is pressed for the quick exit.
    public string ExitPressTwoMore { get; init; } = "";

    public string ExitPressOneMore { get; init; } = "";

    public string ExitShiftExpired { get; init; } = "";

    // The hotline sentence (footer, error pages) and the footer
    public string HelpIfTrafficked { get; init; } = "";

    public string HelpNow { get; init; } = "";

    public string FooterExit { get; init; } = "";

    public string FooterSafetyLink { get; init; } = "";

    public string FooterHelpLink { get; init; } = "";

    // The share block under every page
    public string ShareTitle { get; init; } = "";

    public string ShareNative { get; init; } = "";

    public string CopyLink { get; init; } = "";

    public string Email { get; init; } = "";

    public string TextMessage { get; init; } = "";

    public string LinkToPage { get; init; } = "";

    public string LinkCopied { get; init; } = "";

    public string CopyFailed { get; init; } = "";

    // Error and status pages
    public string NotFoundTitle { get; init; } = "";

    public string NotFoundText { get; init; } = "";

    public string NotAllowedTitle { get; init; } = "";

    public string NotAllowedText { get; init; } = "";

    public string UpdatingTitle { get; init; } = "";

    public string UpdatingText { get; init; } = "";

    public string ErrorTitle { get; init; } = "";

    public string ErrorText { get; init; } = "";

    public string WhereNext { get; init; } = "";

    public string HomePage { get; init; } = "";

    public string NotTranslatedTitle { get; init; } = "";

    public string NotTranslatedText { get; init; } = "";

    // Section links and definitions
    public string SectionLink { get; init; } = "";

    public string DefinitionLink { get; init; } = "";

    public string DefinitionLaw { get; init; } = "";

    public string DefinitionSource { get; init; } = "";

    // Statistics tables and charts
    public string Period { get; init; } = "";

    public string Contacts { get; init; } = "";

    public string Cases { get; init; } = "";

    public string Victims { get; init; } = "";

    public string CasesPerHundredContacts { get; init; } = "";

    public string ShareOfCases { get; init; } = "";

    public string TableCaption { get; init; } = "";

    public string NotPublished { get; init; } = "";

    public string And { get; init; } = "";

    public string ChartTitle { get; init; } = "";

    public string RatesTitle { get; init; } = "";

    public string PeriodSpan { get; init; } = "";

    public string FigureInYear { get; init; } = "";

    public string FigureInSpan { get; init; } = "";

    public string DataSource { get; init; } = "";

    // Facts and translations: when a fact was last checked at its source, and how a translated page was checked
    public string CheckedOn { get; init; } = "";

    public string TranslationNotChecked { get; init; } = "";

    public string TranslationBackTranslation { get; init; } = "";

    public string TranslationFluentReader { get; init; } = "";

    public string TranslationReadEnglish { get; init; } = "";

    /// <summary>
    /// Every key of the <c>text:</c> block, as <see cref="From"/> asks for them: any other key is a mistake.
    /// </summary>
    internal static IReadOnlySet<string> Keys { get; } = SiteTextKeys.AskedBy(From);

    // The printable materials' words are read beside the items that show them (Pages/Materials/MaterialsText.cs).
    internal static SiteText From(ISiteTextSource text) => ReadMaterialsText(text) with
    {
        // Every page
        SkipToMain = text.Read("skip_to_main", f => f.SkipToMain),
        MainMenu = text.Read("main_menu", f => f.MainMenu),
        LanguageMenu = text.Read("language_menu", f => f.LanguageMenu),
        PageUpdated = text.Read("page_updated", f => f.PageUpdated, "date"),
        ShareImageAlt = text.Read("share_image_alt", f => f.ShareImageAlt, "site", "hotline", "phone", "text"),

        // The hotline banner
        Call = text.Read("call", f => f.Call),
        TextKeywordTo = text.Read("text_keyword_to", f => f.TextKeywordTo, "keyword"),
        InDanger = text.Read("in_danger", f => f.InDanger),
        CallEmergency = text.Read("call_emergency", f => f.CallEmergency, "number"),
        GetHelp = text.Read("get_help", f => f.GetHelp),
        BrowseSafely = text.Read("browse_safely", f => f.BrowseSafely),
        ExitPage = text.Read("exit_page", f => f.ExitPage),
        ExitDescription = text.Read("exit_description", f => f.ExitDescription),
        ExitShortcut = text.Read("exit_shortcut", f => f.ExitShortcut),

        // Shown and read out while Shift is pressed for the quick exit.
        ExitPressTwoMore = text.Read("exit_press_two_more", f => f.ExitPressTwoMore),
        ExitPressOneMore = text.Read("exit_press_one_more", f => f.ExitPressOneMore),
        ExitShiftExpired = text.Read("exit_shift_expired", f => f.ExitShiftExpired),

        // The hotline sentence (footer, error pages) and the footer
        HelpIfTrafficked = text.Read("help_if_trafficked", f =>
            f.HelpIfTrafficked, "hotline", "phone", "text", "emergency"),
        HelpNow = text.Read("help_now", f => f.HelpNow, "hotline", "phone", "text", "emergency"),
        FooterExit = text.Read("footer_exit", f => f.FooterExit, "exit"),
        FooterSafetyLink = text.Read("footer_safety_link", f => f.FooterSafetyLink),
        FooterHelpLink = text.Read("footer_help_link", f => f.FooterHelpLink),

        // The share block under every page
        ShareTitle = text.Read("share_title", f => f.ShareTitle),
        ShareNative = text.Read("share_native", f => f.ShareNative),
        CopyLink = text.Read("copy_link", f => f.CopyLink),
        Email = text.Read("email", f => f.Email),
        TextMessage = text.Read("text_message", f => f.TextMessage),
        LinkToPage = text.Read("link_to_page", f => f.LinkToPage),
        LinkCopied = text.Read("link_copied", f => f.LinkCopied),
        CopyFailed = text.Read("copy_failed", f => f.CopyFailed),

        // Error and status pages
        NotFoundTitle = text.Read("not_found_title", f => f.NotFoundTitle),
        NotFoundText = text.Read("not_found_text", f => f.NotFoundText),
        NotAllowedTitle = text.Read("not_allowed_title", f => f.NotAllowedTitle),
        NotAllowedText = text.Read("not_allowed_text", f => f.NotAllowedText),
        UpdatingTitle = text.Read("updating_title", f => f.UpdatingTitle),
        UpdatingText = text.Read("updating_text", f => f.UpdatingText),
        ErrorTitle = text.Read("error_title", f => f.ErrorTitle),
        ErrorText = text.Read("error_text", f => f.ErrorText),
        WhereNext = text.Read("where_next", f => f.WhereNext),
        HomePage = text.Read("home_page", f => f.HomePage),
        NotTranslatedTitle = text.Read("not_translated_title", f => f.NotTranslatedTitle),
        NotTranslatedText = text.Read("not_translated_text", f => f.NotTranslatedText),

        // Section links and definitions
        SectionLink = text.Read("section_link", f => f.SectionLink, "heading"),
        DefinitionLink = text.Read("definition_link", f => f.DefinitionLink),
        DefinitionLaw = text.Read("definition_law", f => f.DefinitionLaw),
        DefinitionSource = text.Read("definition_source", f => f.DefinitionSource),

        // Statistics tables and charts
        Period = text.Read("period", f => f.Period),
        Contacts = text.Read("contacts", f => f.Contacts),
        Cases = text.Read("cases", f => f.Cases),
        Victims = text.Read("victims", f => f.Victims),
        CasesPerHundredContacts = text.Read("cases_per_hundred_contacts", f => f.CasesPerHundredContacts),
        ShareOfCases = text.Read("share_of_cases", f => f.ShareOfCases, "region"),
        TableCaption = text.Read("table_caption", f => f.TableCaption, "region"),
        NotPublished = text.Read("not_published", f => f.NotPublished),
        And = text.Read("and", f => f.And),
        ChartTitle = text.Read("chart_title", f => f.ChartTitle, "region", "measures", "periods"),
        RatesTitle = text.Read("rates_title", f => f.RatesTitle, "regions"),
        PeriodSpan = text.Read("period_span", f => f.PeriodSpan, "from", "to"),
        FigureInYear = text.Read("figure_in_year", f => f.FigureInYear, "value", "period"),
        FigureInSpan = text.Read("figure_in_span", f => f.FigureInSpan, "value", "period"),
        DataSource = text.Read("data_source", f => f.DataSource, "source", "date"),

        // Facts and translations
        CheckedOn = text.Read("checked_on", f => f.CheckedOn, "date"),
        TranslationNotChecked = text.Read("translation_not_checked", f => f.TranslationNotChecked),
        TranslationBackTranslation = text.Read("translation_back_translation", f => f.TranslationBackTranslation),
        TranslationFluentReader = text.Read("translation_fluent_reader", f => f.TranslationFluentReader),
        TranslationReadEnglish = text.Read("translation_read_english", f => f.TranslationReadEnglish),
    };
}
