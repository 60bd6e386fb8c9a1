using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Languages;

/// <summary>Where <see cref="SiteText.From"/> takes each text from, by its key.</summary>
internal interface ISiteTextSource
{
    /// <param name="key">The key as the file writes it, such as <c>skip_to_main</c>.</param>
    /// <param name="inFallback">
    /// The same text in the default language, which stands in while it is not translated.
    /// </param>
    /// <param name="placeholders">
    /// The <c>{names}</c> the text must contain, and no others: the site fills them in.
    /// </param>
    string Read(string key, Func<SiteText, string> inFallback, params string[] placeholders);
}

/// <summary>
/// Reads the <c>text:</c> block of one language file. The default language must have every text; another language may
/// leave some out while its translation is under way: they are shown in the default language, with a warning.
/// </summary>
internal sealed partial class SiteTextReader(
    IReadOnlyDictionary<string, string?> written, int line, SiteText? fallback, FileProblems problems) : ISiteTextSource
{
    public string Read(string key, Func<SiteText, string> inFallback, params string[] placeholders)
    {
        var value = written.GetValueOrDefault(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                problems.Add(line, $"text: missing '{key}'");
                return "";
            }

            var standIn = inFallback(fallback);
            problems.Warn(line, $"text: '{key}' is not translated yet; readers see \"{standIn}\" until it is");
            return standIn;
        }

        var found = TextTemplate.PlaceholdersIn(value);
        if (placeholders.Any(n => !found.Contains(n)) || found.Any(n => !placeholders.Contains(n)))
        {
            var expected = placeholders.Length == 0 ? "no {names}: write it without braces" : "these {names}: "
                + string.Join(", ", placeholders.Select(n => "{" + n + "}"));
            problems.Add(line, $"text: '{key}' must contain {expected} (the site fills them in)");
        }

        if (PhoneLike().Match(value) is { Success: true } number)
        {
            problems.Add(line, $"text: '{key}' holds the number {number.Value}: every number " +
                "a reader may call or text " +
                "comes from site.yml through a {name} such as {phone}, so that no translation can show another one");
        }

        return value.Trim();
    }

    // A run that reads as a phone or text number, in any script's digits: 555-0100, 233733, ١-٨٠٠-٥٥٥.
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{Nd}{3}[\s.\-]\p{Nd}{3}|\p{Nd}{5,}")]
    private static partial System.Text.RegularExpressions.Regex PhoneLike();
}

/// <summary>The keys <see cref="SiteText.From"/> asks for, found by letting it ask once.</summary>
internal sealed class SiteTextKeys : ISiteTextSource
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public static IReadOnlySet<string> AskedBy(Func<ISiteTextSource, SiteText> from)
    {
        var keys = new SiteTextKeys();
        from(keys);
        return keys._asked;
    }

    public string Read(string key, Func<SiteText, string> inFallback, params string[] placeholders)
    {
        _asked.Add(key);
        return "";
    }
}
