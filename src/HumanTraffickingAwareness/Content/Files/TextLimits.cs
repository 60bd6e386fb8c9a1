using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// How large a content text file (a page, a definition, a YAML file) and its lines may be: far above anything an
/// editor writes (the largest file of content/ is 8 KB, its longest line 311 characters), far below what would make
/// Markdig or YamlDotNet slow. A file over a limit is one problem, at the line that crosses it; the Markdown parser
/// never sees it. (How deeply Markdown may nest is Markdown/MarkdownNesting's.)
/// </summary>
public static class TextLimits
{
    public const int MaxBytes = 128 * 1024;

    public const int MaxLineLength = 2_000;

    /// <summary>
    /// The problem of a file longer than <see cref="MaxBytes"/>, at the line its first byte past the limit is on.
    /// </summary>
    /// <param name="bytes">At least the file's first <see cref="MaxBytes"/> bytes.</param>
    public static void TooLarge(ReadOnlySpan<byte> bytes, FileProblems problems)
    {
        var line = Lines(System.Text.Encoding.UTF8.GetString(bytes[..MaxBytes])).Last().Number;
        problems.Add(line, $"this file is larger than {MaxBytes / 1024} KB, the most a content file may be, from " +
            "this line on: split it into several pages");
    }

    /// <summary>
    /// Whether every line is at most <see cref="MaxLineLength"/> characters; if not, a problem at the first longer one.
    /// </summary>
    public static bool LinesFit(string text, FileProblems problems)
    {
        foreach (var (line, _, length) in Lines(text))
        {
            if (length > MaxLineLength)
            {
                problems.Add(line, $"this line is {length:N0} characters long, more than the {MaxLineLength:N0} a " +
                    "line may have: break it into several lines (a blank line between paragraphs)");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each line's number and where it starts and ends, as Markdig and YamlDotNet count them: a line ends at \n, \r\n
    /// or \r, and at nothing else (.NET's own line enumeration also ends lines at \f, U+0085, U+2028 and U+2029).
    /// </summary>
    public static IEnumerable<(int Number, int Start, int Length)> Lines(string text)
    {
        var (number, start) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return (number++, start, i - start);
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 1 : 0;
                start = i + 1;
            }
        }

        yield return (number, start, text.Length - start);
    }
}
