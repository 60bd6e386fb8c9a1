using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>Reads and checks the hotline's other channels and the <c>other_lines</c> of <c>site.yml</c>.</summary>
internal static partial class HelpChannelsReader
{
    public static HelpChannels Read(SiteYaml raw, YamlKeyLines keyLines, FileProblems problems)
    {
        var hotline = raw.Hotline;
        var hotlineLine = Math.Max(hotline?.SourceLine ?? 1, 1);
        void Problem(int line, string message) => problems.Add(Math.Max(line, 1), message);

        if (raw.ReadingGradeLimit is < 1 or > 18)
        {
            Problem(1, "reading_grade_limit must be a school grade from 1 to 18, such as 8");
        }

        string? Https(string? url, string field, int line)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return null;
            }

            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                Problem(line, $"{field} must be a full https address, such as https://example.org/page");
            }

            return url.Trim();
        }

        var tty = Trimmed(hotline?.Tty);
        if (tty is not null && !DialNumber().IsMatch(tty))
        {
            Problem(hotlineLine, "hotline: tty must be the number as dialled, digits only, such as 711");
        }

        var email = Trimmed(hotline?.Email);
        if (email is not null && !Email().IsMatch(email))
        {
            Problem(hotlineLine, "hotline: email must be an email address, such as help@example.org");
        }

        var lines = new List<OtherLine>();
        foreach (var (line, index) in (raw.OtherLines ?? []).Select((l, i) => (l, i)))
        {
            var id = Trimmed(line.Id);
            if (id is null || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                Problem(line.SourceLine, "each of other_lines needs an 'id' in lower-case letters, digits and " +
                    "dashes, such as id: missouri-child-abuse");
                continue;
            }

            var phone = Trimmed(line.Phone);
            var dial = Trimmed(line.PhoneDial);
            if ((phone is null) != (dial is null) || (dial is not null && !DialNumber().IsMatch(dial)))
            {
                Problem(line.SourceLine, $"other_lines: {id}: give both phone (as shown) and phone_dial ('+' and " +
                    "digits only, such as +18003923738), or neither");
            }
            else if (phone is not null && dial is not null
                && PhoneNumbers.Mismatch($"other_lines: {id}: ", phone, dial,
                    keyLines.LineOf($"other_lines/{index}/phone") ?? line.SourceLine) is { } mismatch)
            {
                Problem(keyLines.LineOf($"other_lines/{index}/phone_dial") ?? line.SourceLine, mismatch);
            }

            lines.Add(new OtherLine(id, phone, dial, Https(line.Url, $"other_lines: {id}: url", line.SourceLine),
                Trimmed(line.Hours)));
        }

        foreach (var twice in lines.GroupBy(l => l.Id).Where(g => g.Count() > 1))
        {
            Problem(1, $"other_lines: the id '{twice.Key}' is used twice");
        }

        return new HelpChannels(
            tty,
            Trimmed(hotline?.TextKeywordAlso),
            Https(hotline?.ChatUrl, "hotline: chat_url", hotlineLine),
            email,
            Https(hotline?.TipReportUrl, "hotline: tip_report_url", hotlineLine),
            Trimmed(hotline?.Hours),
            lines);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9]{3,15}$")]
    private static partial Regex DialNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
