using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Settings;

/// <summary>
/// Checks the tel: and sms: links an editor writes by hand. <c>[Call 1-888-373-7888](tel:+19005550100)</c> shows one
/// number and dials another: an error. A link to a number that is none of site.yml's lines is a warning that points to
/// the shortcode, which takes both the shown and the dialled number from site.yml.
/// </summary>
internal static partial class DialLinks
{
    public static void Check(MarkdownDocument document, SiteSettings site, FileProblems problems)
    {
        var lines = ConfiguredNumbers(site).ToList();
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null))
        {
            if (Target(link.Url!) is not { } target)
            {
                continue;
            }

            var line = link.Line + 1;
            var shown = InlineText.Of(link);
            if (ShownNumbers(shown).FirstOrDefault(n => !Dials(n, target.Number)) is { } other)
            {
                problems.Add(line, $"the link '{shown}' shows " +
                    $"{other} but {(target.Scheme == "sms" ? "texts" : "dials")} {target.Number}: " +
                    "make them the same number, or better, write {{ hotline phone }} (or another shortcode) for it");
            }
            else if (target.Extra is { } extra && !(target.Scheme == "sms" && SendsWordShown(extra, shown)))
            {
                problems.Add(line, $"the link " +
                    $"'{shown}' {(target.Scheme == "sms" ? "texts" : "dials")} {target.Number} with " +
                    $"'{extra}' after it, which readers do not see: a tel: link holds only the " +
                        "number; an sms: link may add " +
                    "?body=WORD only when its words show WORD; better, write {{ hotline " +
                        "phone }} or {{ hotline text }}");
            }
            else if (!lines.Any(n => PhoneNumbers.SameDigits(n, target.Number)))
            {
                problems.Warn(line, $"the link to {target.Scheme}:{target.Number} is to none of site.yml's " +
                    "lines: for one of them write " +
                    "{{ hotline phone }} (tty, text) or {{ hotline ID phone }}, which site.yml keeps right; else add " +
                        "the line to site.yml's other_lines");
            }
        }
    }

    // The numbers site.yml gives, each of which a page can show with a shortcode.
    private static IEnumerable<string> ConfiguredNumbers(SiteSettings site)
    {
        yield return site.Hotline.PhoneDial;
        yield return site.Hotline.TextNumber;
        yield return site.EmergencyNumber;
        if (site.Channels.Tty is { } tty)
        {
            yield return tty;
        }

        foreach (var other in site.Channels.OtherLines.Where(l => l.PhoneDial is not null))
        {
            yield return other.PhoneDial!;
        }
    }

    /// <summary>The scheme and number of a tel: or sms: address, and what follows the number (;ext=9, ?body=HELP), or
    /// null when it is neither.</summary>
    private static (string Scheme, string Number, string? Extra)? Target(string url)
    {
        var colon = url.IndexOf(':');
        var scheme = colon < 0 ? "" : url[..colon].Trim().ToLowerInvariant();
        if (scheme is not ("tel" or "sms"))
        {
            return null;
        }

        var address = Uri.UnescapeDataString(url[(colon + 1)..]).Trim();
        var end = address.IndexOfAny(['?', ';', ',']);
        return end < 0 ? (scheme, address, null) : (scheme, address[..end].Trim(), address[end..]);
    }

    // sms:233733?body=HELP under the words "Text HELP to 233733": the word sent is the word shown.
    private static bool SendsWordShown(string extra, string shown)
    {
        var fields = extra.StartsWith('?') ? extra[1..].Split('&', StringSplitOptions.RemoveEmptyEntries) : [];
        if (fields is not [var field] || !field.StartsWith("body=", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var word = field["body=".Length..];
        return word.Length > 0 && word.All(char.IsAsciiLetterOrDigit)
            && shown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.Trim('.', ',', '(', ')', '"').Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    // A number with its country code (+8883737888) is dialled as written: 1-888-373-7888 shown is then another number.
    // Without one, a number shown with or without the North American 1 is the same number.
    private static bool Dials(string shown, string target) =>
        target.TrimStart().StartsWith('+')
            ? PhoneNumbers.SameNumber(PhoneNumbers.KeypadDigits(shown), target)
            : PhoneNumbers.SameDigits(shown, target);

    /// <summary>Each run of the link's words that reads as a number of three digits or more (letters as on a keypad
    /// only after a dash or dot, as in 1-800-THE-LOST, so "Call" is a word and not 2255).</summary>
    private static IEnumerable<string> ShownNumbers(string shown) =>
        NumberRun().Matches(shown).Select(m => m.Value).Where(n => PhoneNumbers.KeypadDigits(n).Length >= 3);

    [GeneratedRegex(@"\+?\(?\d(?:[\d() .\-]*\d)?(?:[-.][A-Za-z]+(?:[-.][A-Za-z0-9]+)*)?")]
    private static partial Regex NumberRun();
}
