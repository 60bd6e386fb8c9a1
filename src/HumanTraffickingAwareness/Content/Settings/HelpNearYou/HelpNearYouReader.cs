using System.Text.RegularExpressions;
using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings.HelpNearYou;

/// <summary>
/// Reads and checks <c>help-near-you.yml</c>: a function of the file's text, giving the directory or, with any problem,
/// null, so that the site keeps the last good directory rather than show a number half checked.
/// </summary>
public static partial class HelpNearYouReader
{
    public const string FileName = "help-near-you.yml";

    /// <param name="languages">The site's language codes, the default language first: each entry's words must be in
    /// the default language, and may be in the others.</param>
    /// <param name="otherLines">site.yml's other_lines, which an entry may name with <c>line:</c> rather than type a
    /// number site.yml already has.</param>
    /// <param name="problems">This file's, with none yet: the directory is only returned when none are added.</param>
    public static HelpDirectory? Read(string yaml, IReadOnlyList<string> languages, IReadOnlyList<OtherLine> otherLines,
        FileProblems problems)
    {
        if (StrictYaml.ReadFile<HelpNearYouYaml>(yaml, problems) is not { } raw)
        {
            return null;
        }

        var keyLines = YamlKeyLines.Of(yaml);
        void Problem(int line, string message) => problems.Add(Math.Max(line, 1), message);

        var regions = new List<HelpRegion>();
        foreach (var (region, index) in (raw.Regions ?? []).Select((r, i) => (r, i)))
        {
            var id = region.Id?.Trim();
            if (string.IsNullOrEmpty(id) || !id.All(c =>
                char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-'))
            {
                Problem(region.SourceLine, "each region needs an 'id' of lower-case letters, " +
                    "digits and dashes, such as " +
                    "id: st-louis (it is the region's link)");
                continue;
            }

            if (regions.Any(r => r.Id == id))
            {
                Problem(region.SourceLine, $"the region id '{id}' is used twice");
            }

            var names = Words(region.Name, "name", $"regions/{index}/name", region.SourceLine,
                "the region's name, such as en: St. Louis");
            regions.Add(new HelpRegion(id, names));
        }

        if (regions.Count == 0 && !problems.HasAny)
        {
            Problem(keyLines.LineOf("regions")
                ?? 1, "'regions' must list at least one region, each with an id and a name");
        }

        var entries = new List<HelpEntry>();
        foreach (var (entry, index) in (raw.Entries ?? []).Select((e, i) => (e, i)))
        {
            if (ReadEntry(entry, index) is { } read)
            {
                entries.Add(read);
            }
        }

        return problems.HasAny ? null : new HelpDirectory(regions, entries);

        HelpEntry? ReadEntry(HelpEntryYaml entry, int index)
        {
            var line = entry.SourceLine;
            int LineOf(string field) => keyLines.LineOf($"entries/{index}/{field}") ?? line;
            var name = entry.Name?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                Problem(line, "each entry needs a 'name': the organisation's or office's name, never a person's");
                return null;
            }

            var what = $"help-near-you: {name}";
            var ok = true;
            var region = entry.Region?.Trim();
            if (regions.All(r => r.Id != region))
            {
                Problem(LineOf("region"),
                    $"{what}: 'region: {region}' is none of the " +
                        $"regions: use {string.Join(", ", regions.Select(r => r.Id))}");
                ok = false;
            }

            var lineId = entry.Line?.Trim();
            HelpContact? contact = null;
            if (!string.IsNullOrEmpty(lineId))
            {
                // One place for each number: a line site.yml has is shown from there, never typed again here.
                if (entry.Phone is not null || entry.PhoneDial is not null || entry.Web is not null)
                {
                    Problem(LineOf("line"), $"{what}: 'line: {lineId}' takes its phone and " +
                        "web address from site.yml's " +
                        "other_lines: leave phone, phone_dial and web out");
                    ok = false;
                }
                else if (otherLines.FirstOrDefault(l => l.Id == lineId) is not { PhoneDial: not null, Url: not null })
                {
                    var usable = otherLines.Where(l => l.PhoneDial is not null && l.Url is not null).Select(l => l.Id);
                    Problem(LineOf("line"),
                        $"{what}: 'line: {lineId}' is none of site.yml's other_lines with a phone " +
                            $"and a url: use {string.Join(", ", usable)}");
                    ok = false;
                }
            }
            else
            {
                contact = ReadContact(entry, what, LineOf);
                ok &= contact is not null;
            }

            var offers = Words(entry.Offers, "offers", $"entries/{index}/offers", line,
                "what it offers, such as en: Counseling and case management");
            var fact = FactFields.Read(what, entry.Source, entry.Checked, line,
                keyLines.LineOf($"entries/{index}/checked"),
                problems);
            if (entries.Any(e => e.Name == name))
            {
                Problem(line, $"{what}: this name is listed twice: keep one entry per office");
                ok = false;
            }

            return ok && fact is not null && offers.Count > 0
                ? new HelpEntry(name, region!, contact, string.IsNullOrEmpty(lineId) ? null : lineId, offers, fact)
                : null;
        }

        HelpContact? ReadContact(HelpEntryYaml entry, string what, Func<string, int> lineOf)
        {
            var ok = true;
            var phone = entry.Phone?.Trim();
            var dial = entry.PhoneDial?.Trim();
            if (string.IsNullOrEmpty(phone) || string.IsNullOrEmpty(dial) || !DialNumber().IsMatch(dial))
            {
                Problem(entry.SourceLine, $"{what}: give both phone (as shown, such as " +
                    "314-555-0100) and phone_dial ('+1' " +
                    "and digits, such as +13145550100), or line: with the id of one of site.yml's other_lines");
                ok = false;
            }
            else if (PhoneNumbers.Mismatch($"{what}: ", phone, dial, lineOf("phone")) is { } mismatch)
            {
                Problem(lineOf("phone_dial"), mismatch);
                ok = false;
            }

            var web = entry.Web?.Trim();
            if (!Uri.TryCreate(web, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                Problem(lineOf("web"),
                    $"{what}: 'web' must be the organisation's own page as a full https address, such as " +
                        "https://example.org/get-help");
                ok = false;
            }

            return ok ? new HelpContact(phone!, dial!, web!) : null;
        }

        // Words by language: the default language's required, every key a language of the site, no value empty.
        Dictionary<string, string> Words(
            Dictionary<string, string>? written, string field, string path, int line, string example)
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var fieldLine = keyLines.LineOf(path) ?? line;
            if (written is null || !written.ContainsKey(languages[0]))
            {
                Problem(fieldLine, $"'{field}' needs the words in {languages[0]}: {example}");
            }

            foreach (var (code, text) in written ?? [])
            {
                if (!languages.Contains(code))
                {
                    Problem(keyLines.LineOf($"{path}/{code}") ?? fieldLine,
                        $"'{field}': '{code}' is not a language of the site: use {string.Join(", ", languages)}");
                }
                else if (string.IsNullOrWhiteSpace(text))
                {
                    Problem(keyLines.LineOf($"{path}/{code}") ?? fieldLine,
                        $"'{field}': the words in {code} are empty: write them, or leave the line out");
                }
                else
                {
                    words[code] = text.Trim();
                }
            }

            return words;
        }
    }

    [GeneratedRegex(@"^\+[0-9]{7,15}$")]
    private static partial Regex DialNumber();
}
