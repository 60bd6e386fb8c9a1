using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>Reads and checks <c>site.yml</c>. Navigation targets are checked later, once the pages are known.</summary>
public static partial class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public const string DefaultQuickExitUrl = "https://weather.com/";

    public const int DefaultReadingGradeLimit = 8;

    /// <param name="problems">This file's, with none yet: the settings are only returned when none are added.</param>
    public static SiteSettings? Read(string yaml, FileProblems problems)
    {
        if (StrictYaml.ReadFile<SiteYaml>(yaml, problems) is not { } raw)
        {
            return null;
        }

        var keyLines = YamlKeyLines.Of(yaml);
        int LineOf(string key) => keyLines.LineOf(key) ?? 1;
        void Problem(int line, string message) => problems.Add(Math.Max(line, 1), message);
        void Missing(string field, int line = 1) => Problem(line, $"missing the required field '{field}'");

        var language = string.IsNullOrWhiteSpace(raw.Language) ? "en" : raw.Language.Trim();
        if (!Languages.LanguageReader.IsLanguageCode(language))
        {
            Problem(LineOf("language"), $"language: '{language}' must be a language code in lower case, such as en");
        }

        // The emergency and text numbers are shown and dialled as written: digits only, or the link would not dial.
        if (string.IsNullOrWhiteSpace(raw.EmergencyNumber)) Missing("emergency_number");
        else if (!DialNumber().IsMatch(raw.EmergencyNumber.Trim()))
        {
            Problem(LineOf("emergency_number"), $"emergency_number: '{raw.EmergencyNumber}' is shown and dialled as " +
                "written: digits only, such as 911");
        }

        var hotline = raw.Hotline;
        if (hotline is null)
        {
            Missing("hotline");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(hotline.Phone)) Missing("hotline: phone", hotline.SourceLine);
            if (string.IsNullOrWhiteSpace(hotline.TextKeyword)) Missing("hotline: text_keyword", hotline.SourceLine);
            else if (!PhoneNumbers.IsPlainKeyword(hotline.TextKeyword))
            {
                Problem(LineOf("hotline/text_keyword"), $"hotline: text_keyword '{hotline.TextKeyword}' " +
                    "is the one word a reader " +
                    "texts: ASCII letters and digits only, such as HELP (no space, no look-alike " +
                        "letter from another alphabet)");
            }

            if (hotline.TextKeywordAlso is { } also && !string.IsNullOrWhiteSpace(also)
                && !PhoneNumbers.IsPlainKeyword(also))
            {
                Problem(LineOf("hotline/text_keyword_also"), $"hotline: text_keyword_also '{also}' is " +
                    "one word a reader texts: " +
                    "ASCII letters and digits only, such as INFO (no space, no look-alike " +
                        "letter from another alphabet)");
            }

            if (string.IsNullOrWhiteSpace(hotline.TextNumber)) Missing("hotline: text_number", hotline.SourceLine);
            else if (!DialNumber().IsMatch(hotline.TextNumber.Trim()))
            {
                Problem(LineOf("hotline/text_number"), $"hotline: text_number '{hotline.TextNumber}' is shown and " +
                    "texted as written: digits only, such as 233733");
            }

            if (!DialNumber().IsMatch(hotline.PhoneDial ?? ""))
            {
                Problem(keyLines.LineOf("hotline/phone_dial") ?? hotline.SourceLine,
                    "hotline: phone_dial must be the number as dialled, '+' and digits only, for example +18883737888");
            }
            else if (!string.IsNullOrWhiteSpace(hotline.Phone)
                && PhoneNumbers.Mismatch("hotline: ", hotline.Phone, hotline.PhoneDial!,
                    LineOf("hotline/phone")) is { } mismatch)
            {
                Problem(LineOf("hotline/phone_dial"), mismatch);
            }
        }

        // The quick exit leaves for an ordinary, unremarkable site; without a setting, a weather page.
        var quickExit = string.IsNullOrWhiteSpace(raw.QuickExitUrl) ? DefaultQuickExitUrl : raw.QuickExitUrl.Trim();
        if (!Uri.TryCreate(quickExit, UriKind.Absolute, out var exitUri) || exitUri.Scheme != Uri.UriSchemeHttps)
        {
            Problem(LineOf("quick_exit_url"), $"quick_exit_url must be a full https address, " +
                $"such as {DefaultQuickExitUrl}");
        }

        var navigation = new List<NavigationLink>();
        foreach (var entry in raw.Navigation ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Url) || !entry.Url.StartsWith('/'))
            {
                Problem(entry.SourceLine, "each navigation entry needs a 'url' starting with " +
                    "/, for example url: /learn");
                continue;
            }

            navigation.Add(new NavigationLink(entry.Url.Trim(), "") { SourceLine = entry.SourceLine });
        }

        var channels = HelpChannelsReader.Read(raw, keyLines, problems);
        var facts = SettingsFacts.Read(raw, keyLines, problems);
        if (problems.HasAny)
        {
            return null;
        }

        return new SiteSettings(
            language,
            new HotlineSettings(hotline!.Phone!.Trim(), hotline.PhoneDial!, hotline.TextNumber!.Trim(),
                hotline.TextKeyword!.Trim()),
            raw.EmergencyNumber!.Trim(),
            quickExit,
            navigation)
        {
            Channels = channels,
            ReadingGradeLimit = raw.ReadingGradeLimit ?? DefaultReadingGradeLimit,
            Facts = facts,
            FactReviewMonths = raw.FactReviewMonths ?? Facts.FactReview.DefaultReviewMonths,
        };
    }

    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex DialNumber();
}
