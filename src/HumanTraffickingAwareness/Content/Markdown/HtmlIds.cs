using System.Net;
using System.Text.RegularExpressions;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// The ids in HTML we rendered ourselves (headings, definitions, tables, charts): what a #fragment can point at.
/// Our renderers write every attribute double-quoted and encoded, so a pattern finds them all.
/// </summary>
internal static partial class HtmlIds
{
    public static IReadOnlySet<string> Of(string html) =>
        IdAttribute().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\\sid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
