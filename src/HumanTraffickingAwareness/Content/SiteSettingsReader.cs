using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content;

/// <summary>Reads and checks <c>site.yml</c>. Navigation targets are checked later, once the pages are known.</summary>
public static partial class SiteSettingsReader
{
    public const string FileName = "site.yml";

    public const string DefaultQuickExitUrl = "https://weather.com/";

    public const int DefaultReadingGradeLimit = 8;

    public static SiteSettings? Read(string yaml, string path, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var raw = StrictYaml.Read<SiteYaml>(yaml, path, 1, problems);
        if (problems.Count > before)
        {
            return null;
        }

        if (raw is null)
        {
            problems.Add(new ContentProblem(path, 1, "the file is empty"));
            return null;
        }

        void Missing(string field, int line = 1) =>
            problems.Add(new ContentProblem(path, Math.Max(line, 1), $"missing the required field '{field}'"));

        var language = string.IsNullOrWhiteSpace(raw.Language) ? "en" : raw.Language.Trim();
        if (!Languages.LanguageReader.IsLanguageCode(language))
        {
            problems.Add(new ContentProblem(path, 1, $"language: '{language}' must be a language code in lower case, such as en"));
        }

        if (string.IsNullOrWhiteSpace(raw.EmergencyNumber)) Missing("emergency_number");
        var hotline = raw.Hotline;
        if (hotline is null)
        {
            Missing("hotline");
        }
        else
        {
            if (string.IsNullOrWhiteSpace(hotline.Phone)) Missing("hotline: phone", hotline.SourceLine);
            if (string.IsNullOrWhiteSpace(hotline.TextNumber)) Missing("hotline: text_number", hotline.SourceLine);
            if (string.IsNullOrWhiteSpace(hotline.TextKeyword)) Missing("hotline: text_keyword", hotline.SourceLine);
            if (!DialNumber().IsMatch(hotline.PhoneDial ?? ""))
            {
                problems.Add(new ContentProblem(path, Math.Max(hotline.SourceLine, 1),
                    "hotline: phone_dial must be the number as dialled, '+' and digits only, for example +18883737888"));
            }
        }

        // The quick exit leaves for an ordinary, unremarkable site; without a setting, a weather page.
        var quickExit = string.IsNullOrWhiteSpace(raw.QuickExitUrl) ? DefaultQuickExitUrl : raw.QuickExitUrl.Trim();
        if (!Uri.TryCreate(quickExit, UriKind.Absolute, out var exitUri) || exitUri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(new ContentProblem(path, 1, $"quick_exit_url must be a full https address, such as {DefaultQuickExitUrl}"));
        }

        var navigation = new List<NavigationLink>();
        foreach (var entry in raw.Navigation ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Url) || !entry.Url.StartsWith('/'))
            {
                problems.Add(new ContentProblem(path, Math.Max(entry.SourceLine, 1),
                    "each navigation entry needs a 'url' starting with /, for example url: /learn"));
                continue;
            }

            navigation.Add(new NavigationLink(entry.Url.Trim(), "") { SourceLine = entry.SourceLine });
        }

        var channels = HelpChannelsReader.Read(raw, path, problems);
        if (problems.Count > before)
        {
            return null;
        }

        return new SiteSettings(
            language,
            new HotlineSettings(hotline!.Phone!.Trim(), hotline.PhoneDial!, hotline.TextNumber!.Trim(), hotline.TextKeyword!.Trim()),
            raw.EmergencyNumber!.Trim(),
            quickExit,
            navigation) { Channels = channels, ReadingGradeLimit = raw.ReadingGradeLimit ?? DefaultReadingGradeLimit };
    }

    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex DialNumber();
}
