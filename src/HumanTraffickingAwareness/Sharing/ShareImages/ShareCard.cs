using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Settings;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// What a link preview shows in one language: the site's and the hotline's names and the two numbers.
/// </summary>
public sealed record ShareCard(string SiteName, string HotlineName, string Call, string Text, bool RightToLeft = false)
{
    /// <summary>Every text the image draws.</summary>
    public IEnumerable<string> Lines => [SiteName, HotlineName, Call, Text];

    /// <summary>The numbers from site.yml, the words from the language file: the same data as every page.</summary>
    public static ShareCard For(SiteSettings site, SiteLanguage language)
    {
        var hotline = site.Hotline;
        var text = language.Text;
        return new ShareCard(
            language.SiteName,
            language.HotlineName,
            $"{text.Call} {hotline.PhoneDisplay}",
            $"{TextTemplate.Fill(text.TextKeywordTo, ("keyword", hotline.TextKeyword))} {hotline.TextNumber}",
            language.IsRightToLeft);
    }
}
