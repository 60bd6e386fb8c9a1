using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Pages.Shared;

/// <summary>What <c>_TranslationNote</c> tells the reader of a translated page, in the page's language.</summary>
/// <param name="EnglishUrl">The same page in the default language, when there is one to read.</param>
public sealed record TranslationNote(TranslationReview Review, SiteText Text, string? EnglishUrl, string EnglishCode)
{
    /// <summary>The note for a page, or null on a page in the default language.</summary>
    public static TranslationNote? For(ContentSnapshot snapshot, ContentPage page, SiteLanguage language)
    {
        if (page.TranslationShown(language.IsDefault) is not { } review)
        {
            return null;
        }

        var english = snapshot.VersionsOf(page.Url).FirstOrDefault(v => v.Language.IsDefault);
        return new TranslationNote(review, language.Text, english?.Page is null ? null
            : english.Url, snapshot.DefaultLanguage.Code);
    }
}
