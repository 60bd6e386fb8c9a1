using Markdig.Syntax;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>Resolves every shortcode of a parsed page, reporting the ones that are mistyped.</summary>
public sealed class ShortcodeBinder(IEnumerable<IShortcodeSource> sources)
{
    private readonly Dictionary<string, IShortcodeSource> _sources =
        sources.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public void Bind(MarkdownDocument document, string path, int lineOffset, List<ContentProblem> problems)
    {
        foreach (var code in document.Descendants<Shortcode>())
        {
            var line = code.Line + 1 + lineOffset;
            if (code.Unclosed)
            {
                problems.Add(new ContentProblem(path, line, $"'{code.Source}' is not closed: write it as {{{{ name ... }}}} on one line"));
                continue;
            }

            if (!_sources.TryGetValue(code.Name, out var source))
            {
                var known = string.Join(", ", _sources.Values.Select(s => s.Usage));
                problems.Add(new ContentProblem(path, line, $"unknown shortcode '{code.Source}'; known ones are {known}"));
                continue;
            }

            code.Html = source.Render(code.Arguments, out var error);
            if (code.Html is null)
            {
                problems.Add(new ContentProblem(path, line, $"'{code.Source}': {error} (usage: {source.Usage})"));
            }
        }
    }
}
