using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown;

/// <summary>
/// How deeply Markdown may nest: at most <see cref="MaxBlockDepth"/> block quotes and lists inside one another, at most
/// <see cref="MaxInlineDepth"/> emphases, links and brackets inside one another, and at most <see cref="MaxOpenMarks"/>
/// runs of * or _ and opening brackets without a blank line between them. No page needs more than three or four levels.
/// Markdig gives up, by throwing, on a document nested 128 levels deep (its MaximumNestingDepth, blocks and inlines
/// together, which also guards its recursive renderer) or on a paragraph with 10,240 emphasis marks and brackets open
/// at once (while it parses a paragraph, each run of * or _ holds what follows it until the paragraph ends): a page of
/// <c>'>' * 128</c> used to crash check-content and stop the running site from reading any later edit. A page past a
/// limit is a problem at the line that goes past it, and Markdig never renders it.
/// </summary>
public static class MarkdownNesting
{
    public const int MaxBlockDepth = 16;

    public const int MaxInlineDepth = 16;

    public const int MaxOpenMarks = 2_000;

    // The text is looked at before Markdig parses it, by an estimate of the block depth that is never below the real
    // one; the exact depths are measured on the parsed document. A page the estimate finds this deep is not given to
    // Markdig at all: 32 lists are 64 blocks, half of Markdig's 128.
    private const int NeverParsed = 2 * MaxBlockDepth;

    /// <summary>
    /// Whether the text is safe to give to Markdig; if not, a problem at the line that goes past a limit.
    /// </summary>
    public static bool CanParse(string markdown, FileProblems problems)
    {
        // The line reported is where the deepest part starts to be too deep: a list nested ever deeper goes over the
        // limit on its 17th level, not where it ends.
        var (blockLine, deepestBlocks, blockRun) = (0, 0, 0);
        var (marks, marksLine) = (0, 0);
        foreach (var (index, text) in TextFileReader.Lines(markdown).Index())
        {
            var line = index + 1;
            if (string.IsNullOrWhiteSpace(text))
            {
                // A blank line always ends a paragraph, and what was open in it.
                marks = 0;
                continue;
            }

            var blocks = BlockEstimate(text);
            blockRun = blocks <= MaxBlockDepth ? 0 : blockRun == 0 ? line : blockRun;
            (deepestBlocks, blockLine) = blocks > deepestBlocks ? (blocks, blockRun) : (deepestBlocks, blockLine);

            marks = OpenMarksAfter(text, marks);
            marksLine = marksLine == 0 && marks > MaxOpenMarks ? line : marksLine;
        }

        if (deepestBlocks > NeverParsed)
        {
            problems.Add(blockLine, TooDeepBlocks);
        }

        if (marksLine > 0)
        {
            problems.Add(marksLine, $"this paragraph has more than {MaxOpenMarks:N0} runs of * or _ and [ by " +
                "this line, more than a page " +
                "may have: check its * and _, or put a blank line between its parts");
        }

        return deepestBlocks <= NeverParsed && marksLine == 0;
    }

    /// <summary>
    /// Whether the parsed document nests within the limits; if not, a problem at the first element too deep.
    /// </summary>
    public static bool Fits(MarkdownDocument document, FileProblems problems)
    {
        var stack = new Stack<(MarkdownObject Node, int Blocks, int Inlines)>();
        stack.Push((document, 0, 0));
        while (stack.Count > 0)
        {
            var (node, blocks, inlines) = stack.Pop();
            if (blocks > MaxBlockDepth || inlines > MaxInlineDepth)
            {
                problems.Add(node.Line + 1, blocks > MaxBlockDepth ? TooDeepBlocks : TooDeepInlines);
                return false;
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        var child = container[i];
                        stack.Push((child, blocks + (child is QuoteBlock or ListBlock ? 1 : 0), inlines));
                    }

                    break;
                case LeafBlock { Inline: { } root }:
                    stack.Push((root, blocks, inlines));
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, blocks, inlines + (child is ContainerInline ? 1 : 0)));
                    }

                    break;
            }
        }

        return true;
    }

    private static string TooDeepBlocks =>
        $"block quotes and lists are nested more than {MaxBlockDepth} deep here, more than a page may have: check " +
            "the > and - at the start of the lines";

    private static string TooDeepInlines =>
        $"emphasis, links and brackets are nested more than {MaxInlineDepth} deep here, more than a page may have: " +
            "check the *, _, [ and ] of this paragraph";

    /// <summary>
    /// At least the number of block quotes and lists a line is in: its block quote and list markers (and footnote
    /// labels, which hold blocks too), and half its indentation, as a list inside a list is indented by at least two.
    /// </summary>
    private static int BlockEstimate(ReadOnlySpan<char> line)
    {
        var (columns, markers, i) = (0, 0, 0);
        while (i < line.Length)
        {
            var c = line[i];
            var next = i + 1 < line.Length ? line[i + 1] : ' ';
            if (c is ' ' or '\t')
            {
                columns += c == '\t' ? 4 : 1;
                i++;
            }
            else if (c == '>' || (c is '-' or '+' or '*' && next is ' ' or '\t'))
            {
                markers++;
                i++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(line, i) is var end and > 0)
            {
                markers++;
                i = end;
            }
            else if (c == '[' && next == '^' && line[i..].IndexOf("]:") is var close and > 0)
            {
                markers++;
                i += close + 2;
            }
            else
            {
                break;
            }
        }

        return markers + columns / 2;
    }

    /// <summary>
    /// After "12." or "3)" followed by a space or the line's end: the index after the marker; else 0.
    /// </summary>
    private static int OrderedMarkerEnd(ReadOnlySpan<char> line, int start)
    {
        var i = start;
        while (i < line.Length && i - start < 10 && char.IsAsciiDigit(line[i]))
        {
            i++;
        }

        return i < line.Length && line[i] is '.' or ')' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t') ? i + 1
            : 0;
    }

    /// <summary>
    /// At least as many emphasis marks and brackets as Markdig can hold open after this line: each run of * or _
    /// (whether it opens or closes) and each [ (a ] in a code span closes nothing, so none is taken off); \* and \[ are
    /// text.
    /// </summary>
    private static int OpenMarksAfter(ReadOnlySpan<char> line, int marks)
    {
        var previous = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\\':
                    i++;
                    c = '\0';
                    break;
                case '[':
                case '*' or '_' when c != previous:
                    marks++;
                    break;
            }

            previous = c;
        }

        return marks;
    }
}
