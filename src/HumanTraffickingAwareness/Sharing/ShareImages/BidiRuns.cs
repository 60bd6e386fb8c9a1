using System.Text;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// The order a line's parts are drawn in, left to right: a small form of the Unicode bidirectional algorithm (UAX #9)
/// for one line of plain text, enough for a language file's words with Latin words and numbers among them. As the
/// pages do with dir="ltr", a number with its hyphens (1-888-373-7888) reads left to right as one piece, where the
/// full algorithm would put its groups in reverse after an Arabic word.
/// </summary>
internal static class BidiRuns
{
    private enum Kind { Left, Right, Number, Neutral }

    /// <summary>The line's runs in the order they are drawn, each with the direction it is shaped in.</summary>
    public static IReadOnlyList<(string Text, bool RightToLeft)> VisualOrder(string text, bool rightToLeft)
    {
        var kinds = Classify(text, rightToLeft);
        var levels = kinds.Select(k => Level(k, rightToLeft)).ToArray();
        var runs = new List<(int Start, int Length, int Level)>();
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && levels[end] == levels[i])
            {
                end++;
            }

            runs.Add((i, end - i, levels[i]));
            i = end;
        }

        // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse each stretch at or above it.
        var lowestOdd = runs.Select(r => r.Level).Where(l => l % 2 == 1).DefaultIfEmpty(int.MaxValue).Min();
        for (var level = runs.Select(r => r.Level).DefaultIfEmpty(0).Max(); level >= lowestOdd; level--)
        {
            for (var i = 0; i < runs.Count;)
            {
                var end = i;
                while (end < runs.Count && runs[end].Level >= level)
                {
                    end++;
                }

                runs.Reverse(i, end - i);
                i = Math.Max(end, i + 1);
            }
        }

        return runs.Select(r => (text.Substring(r.Start, r.Length), r.Level % 2 == 1)).ToList();
    }

    private static int Level(Kind kind, bool rightToLeft) => (kind, rightToLeft) switch
    {
        (Kind.Right, _) => 1,
        (Kind.Left, false) => 0,
        _ => 2,
    };

    /// <summary>Each UTF-16 unit's direction, once numbers and the neutrals between words are resolved.</summary>
    private static Kind[] Classify(string text, bool rightToLeft)
    {
        var kinds = new Kind[text.Length];
        var previous = Kind.Neutral;
        for (var i = 0; i < text.Length;)
        {
            // A lone surrogate (a YAML "\uD800") is read as U+FFFD, as the drawing does, rather than thrown on.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            // A mark takes the direction of the letter it sits on (rule W1).
            var kind = ShareScripts.IsAttached(rune) && i > 0 ? previous
                : ShareScripts.IsRightToLeftLetter(rune) ? Kind.Right
                : Rune.IsLetter(rune) ? Kind.Left
                : Rune.IsDigit(rune) ? Kind.Number
                : Kind.Neutral;
            kinds.AsSpan(i, length).Fill(kind);
            previous = kind;
            i += length;
        }

        JoinNumbers(text, kinds);
        var paragraph = rightToLeft ? Kind.Right : Kind.Left;
        var strong = paragraph;
        for (var i = 0; i < kinds.Length; i++)
        {
            // A number after a left-to-right word belongs to it (rule W7): "HELP 233733" stays in that order.
            if (kinds[i] == Kind.Number && strong == Kind.Left)
            {
                kinds[i] = Kind.Left;
            }
            else if (kinds[i] is Kind.Left or Kind.Right)
            {
                strong = kinds[i];
            }
        }

        ResolveNeutrals(kinds, paragraph);
        return kinds;
    }

    /// <summary>A hyphen, plus, stop, comma, colon or slash between digits is part of the number.</summary>
    private static void JoinNumbers(string text, Kind[] kinds)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (kinds[i] == Kind.Neutral && text[i] is '-' or '+' or '.' or ',' or ':' or '/'
                && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number)
            {
                kinds[i] = Kind.Number;
            }
        }
    }

    /// <summary>Spaces and punctuation between two parts of one direction take it; others, the line's.</summary>
    private static void ResolveNeutrals(Kind[] kinds, Kind paragraph)
    {
        static Kind AsStrong(Kind k) => k == Kind.Number ? Kind.Right : k;
        for (var i = 0; i < kinds.Length;)
        {
            if (kinds[i] != Kind.Neutral)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < kinds.Length && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i == 0 ? paragraph : AsStrong(kinds[i - 1]);
            var after = end == kinds.Length ? paragraph : AsStrong(kinds[end]);
            kinds.AsSpan(i, end - i).Fill(before == after ? before : paragraph);
            i = end;
        }
    }
}
