using Markdig.Helpers;
using Markdig.Parsers;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>Recognises <c>{{ ... }}</c> in running text.</summary>
internal sealed class ShortcodeParser : InlineParser
{
    public ShortcodeParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{')
        {
            return false;
        }

        var start = slice.Start;
        var text = slice.Text.AsSpan(slice.Start, slice.End - slice.Start + 1);
        var close = text.IndexOf("}}", StringComparison.Ordinal);
        var lineEnd = text.IndexOfAny('\r', '\n');
        var unclosed = close < 0 || (lineEnd >= 0 && lineEnd < close);
        var length = unclosed ? (lineEnd >= 0 ? lineEnd : text.Length) : close + 2;
        var inner = unclosed ? text[2..length] : text[2..close];
        var words = inner.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

        processor.Inline = new Shortcode
        {
            Name = words.Length > 0 ? words[0] : "",
            Arguments = words.Skip(1).ToArray(),
            Source = text[..length].ToString(),
            Unclosed = unclosed,
            Span = new Markdig.Syntax.SourceSpan(
                processor.GetSourcePosition(start, out var line, out var column),
                processor.GetSourcePosition(start + length - 1)),
            Line = line,
            Column = column,
        };
        slice.Start = start + length;
        return true;
    }
}
