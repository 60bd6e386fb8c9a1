using HumanTraffickingAwareness.Content.Markdown;

namespace HumanTraffickingAwareness.Content.Facts;

/// <summary>
/// The facts of a page or definition: each <c>{{ checked }}</c> written in it, about what stands around it.
/// </summary>
public static class PageFacts
{
    public static IEnumerable<Fact> Of(string path, RenderedMarkdown rendered) =>
        rendered.Shortcodes
            .Where(code => code.Name.Equals(CheckedShortcode.ShortcodeName, StringComparison.OrdinalIgnoreCase))
            .Select(code => (Code: code, Date: code.Arguments is [var written] ? CheckedShortcode.ParseDate(written)
                : null))
            .Where(found => found.Date is not null)
            .Select(found => new Fact(path, found.Code.Line, Shortened(found.Code.Text),
                found.Code.Links.Count > 0 ? string.Join(" and ", found.Code.Links.Distinct())
                    : "the source of the sentence at this line",
                found.Date!.Value));

    private static string Shortened(string text)
    {
        var words = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= 60 ? $"\"{words}\"" : $"\"{words[..57].TrimEnd()}...\"";
    }
}
