using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>Resolves every shortcode of a parsed page, reporting the ones that are mistyped.</summary>
public sealed class ShortcodeBinder(IEnumerable<IShortcodeSource> sources)
{
    private readonly Dictionary<string, IShortcodeSource> _sources =
        sources.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public void Bind(MarkdownDocument document, string pageTitle, FileProblems problems)
    {
        var toldUnavailable = new HashSet<string>();
        var sectionLevels = SectionLevels(document);
        foreach (var code in document.Descendants<Shortcode>())
        {
            var line = code.Line + 1;
            if (code.Unclosed)
            {
                problems.Add(line, $"'{code.Source}' is not closed: write it as {{{{ name ... }}}} on one line");
                continue;
            }

            if (!_sources.TryGetValue(code.Name, out var source))
            {
                var known = string.Join(", ", _sources.Values.Select(s => s.Usage));
                problems.Add(line, $"unknown shortcode '{code.Source}'; known ones are {known}");
                continue;
            }

            if (source.Unavailable is { } reason)
            {
                if (toldUnavailable.Add(reason))
                {
                    problems.Add(line, $"'{code.Source}' cannot be shown: {reason}");
                }

                continue;
            }

            var context = new ShortcodeContext(TopLevelBlock(code) is { } block
                && sectionLevels.TryGetValue(block, out var level) ? level : 1, pageTitle,
                InsideLink: IsInsideLink(code));
            code.Html = source.Render(code.Arguments, context, out var error);
            if (code.Html is null)
            {
                problems.Add(line, $"'{code.Source}': {error} (usage: {source.Usage})");
            }
            else if (source.IsBlock)
            {
                PlaceAsBlock(code, line, problems);
            }
        }

        ShortcodeHeadingIds.Renew(document);
        foreach (var source in _sources.Values)
        {
            source.Check(document, problems);
        }
    }

    // A table or chart cannot sit inside a sentence's <p>: the paragraph it stands alone in is replaced by it.
    private static void PlaceAsBlock(Shortcode code, int line, FileProblems problems)
    {
        var paragraph = code.Parent?.ParentBlock as ParagraphBlock;
        var alone = paragraph is not null && code.Parent!.All(inline =>
            inline == code || inline is LineBreakInline
                || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()));
        if (paragraph?.Parent is TableCell)
        {
            problems.Add(line, $"'{code.Source}' shows a table or chart, which cannot go inside a table's cell: put " +
                "it on a line of its own, " +
                "with a blank line before and after");
            return;
        }

        if (!alone)
        {
            problems.Add(line, $"'{code.Source}' shows a table or chart: put it on a line of its own, with a " +
                "blank line before and after");
            return;
        }

        paragraph!.SetData(typeof(Shortcode), code.Html!);
    }

    // The heading level each top-level block sits under, so a block shortcode can start its own headings one below.
    private static Dictionary<Block, int> SectionLevels(MarkdownDocument document)
    {
        var levels = new Dictionary<Block, int>();
        var current = 1;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                current = heading.Level;
            }

            levels[block] = current;
        }

        return levels;
    }

    private static bool IsInsideLink(Shortcode code)
    {
        for (var parent = code.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false })
            {
                return true;
            }
        }

        return false;
    }

    private static Block? TopLevelBlock(Shortcode code)
    {
        Block? block = code.Parent?.ParentBlock;
        while (block?.Parent is { } parent and not MarkdownDocument)
        {
            block = parent;
        }

        return block;
    }
}
