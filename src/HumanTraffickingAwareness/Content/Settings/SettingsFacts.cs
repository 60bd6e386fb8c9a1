using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// The facts of <c>site.yml</c>: the hotline's values, each named in one entry of <c>hotline: sources:</c> (the page it
/// was read on and when), and each of <c>other_lines</c> with its own <c>source:</c> and <c>checked:</c>.
/// </summary>
internal static class SettingsFacts
{
    public static IReadOnlyList<Fact> Read(SiteYaml raw, YamlKeyLines keyLines, FileProblems problems)
    {
        var facts = new List<Fact>();
        if (raw.FactReviewMonths is < 1 or > 60)
        {
            problems.Add(keyLines.LineOf("fact_review_months")
                ?? 1, "fact_review_months must be a number of months from 1 to 60, such as 6");
        }

        if (raw.Hotline is { } hotline)
        {
            var written = HotlineFields(hotline).Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Field)
                .ToList();
            var covered = new Dictionary<string, int>(StringComparer.Ordinal);
            var sources = hotline.Sources ?? [];
            for (var i = 0; i < sources.Count; i++)
            {
                var entry = sources[i];
                var fields = (entry.Fields ?? []).Select(f => f.Trim()).ToList();
                if (fields.Count == 0)
                {
                    problems.Add(entry.SourceLine, "each of hotline's sources needs 'fields:', the values read on " +
                        "that page, such as fields: [phone, hours]");
                    continue;
                }

                foreach (var field in fields)
                {
                    // A value left out of hotline: may stay named here (it is simply not shown); a misspelt one may
                    // not.
                    if (!HotlineFields(hotline).Any(f => f.Field == field))
                    {
                        problems.Add(keyLines.LineOf($"hotline/sources/{i}/fields") ?? entry.SourceLine,
                            $"hotline: sources: '{field}' is not a value of hotline: use {string.Join(", ", written)}");
                    }
                    else if (!covered.TryAdd(field, entry.SourceLine))
                    {
                        problems.Add(entry.SourceLine, $"hotline: sources: '{field}' is already in the source at " +
                            $"line {covered[field]}: name each value once");
                    }
                }

                if (FactFields.Read($"hotline: {string.Join(", ", fields)}", entry.Source, entry.Checked,
                    entry.SourceLine,
                        keyLines.LineOf($"hotline/sources/{i}/checked"), problems) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            // phone_dial is the shown phone number as dialled: the site already refuses it when they differ.
            foreach (var field in written.Where(f => f != "phone_dial" && !covered.ContainsKey(f)))
            {
                problems.Add(keyLines.LineOf($"hotline/{field}") ?? hotline.SourceLine,
                    $"hotline: {field} has no source: add it to the fields of the entry of hotline's sources: it was " +
                        "read on, or add an entry (source: and checked:)");
            }
        }

        var lines = raw.OtherLines ?? [];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (FactFields.Read($"other_lines: {line.Id?.Trim()}", line.Source, line.Checked, line.SourceLine,
                    keyLines.LineOf($"other_lines/{i}/checked"), problems) is { } fact)
            {
                facts.Add(fact);
            }
        }

        return facts;
    }

    private static IEnumerable<(string Field, string? Value)> HotlineFields(HotlineYaml hotline) =>
    [
        ("phone", hotline.Phone), ("phone_dial", hotline.PhoneDial), ("text_number", hotline.TextNumber),
        ("text_keyword", hotline.TextKeyword), ("text_keyword_also", hotline.TextKeywordAlso), ("tty", hotline.Tty),
        ("chat_url", hotline.ChatUrl), ("email", hotline.Email), ("tip_report_url", hotline.TipReportUrl),
            ("hours", hotline.Hours),
    ];
}
