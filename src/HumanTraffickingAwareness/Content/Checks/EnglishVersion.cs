using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace HumanTraffickingAwareness.Content.Checks;

/// <summary>One paragraph (or front-matter field, or language-file text) of an English file, with its line.</summary>
/// <param name="Key">
/// What it is, where that is stable (a front-matter field, a language file's text key); else null.
/// </param>
public sealed record EnglishParagraph(int Line, string Text, string? Key = null);

/// <summary>
/// The English a translation is made from, as paragraphs, and its version: the first 12 hex digits of the SHA-256 of
/// those paragraphs. Re-wrapping lines, or changing what is not translated (lastmod, weight, checked, a
/// <c>{{ checked }}</c> date, a language file's culture), is not a change; any changed word is.
/// </summary>
public static class EnglishVersion
{
    // Front-matter fields and language-file settings that are not words to translate.
    private static readonly HashSet<string> NotTranslated = new(StringComparer.Ordinal)
    {
        "lastmod", "weight", "draft", "translation", "translated_from", "checked",
        "name", "culture", "direction", "date_format", "month_format", "format",
    };

    public static string Of(IEnumerable<EnglishParagraph> paragraphs)
    {
        var joined = string.Join("\n\n", paragraphs.Select(p => p.Key is null ? p.Text : $"{p.Key}: {p.Text}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..12];
    }

    /// <summary>
    /// A page or definition: each translated front-matter field, then each block of the text between blank lines.
    /// </summary>
    public static IReadOnlyList<EnglishParagraph> OfMarkdown(string markdown)
    {
        var lines = markdown.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var paragraphs = new List<EnglishParagraph>();
        var body = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
            body = close < 0 ? lines.Length : close + 1;
            string? key = null;
            var start = 0;
            var value = new StringBuilder();
            void Flush()
            {
                if (key is not null && !NotTranslated.Contains(key))
                {
                    paragraphs.Add(new EnglishParagraph(start, Normalized(value.ToString()), key));
                }
            }

            for (var i = 1; i < (close < 0 ? lines.Length : close); i++)
            {
                var line = lines[i];
                var colon = line.IndexOf(':');
                if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && colon > 0)
                {
                    Flush();
                    key = line[..colon].Trim();
                    start = i + 1;
                    value.Clear().Append(line[(colon + 1)..]);
                }
                else if (key is not null && !line.TrimStart().StartsWith('#'))
                {
                    value.Append(' ').Append(line);
                }
            }

            Flush();
        }

        var block = new StringBuilder();
        var blockLine = 0;
        for (var i = body; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].Trim().Length == 0)
            {
                if (block.Length > 0)
                {
                    paragraphs.Add(new EnglishParagraph(blockLine, Normalized(block.ToString())));
                    block.Clear();
                }

                continue;
            }

            if (block.Length == 0)
            {
                blockLine = i + 1;
            }

            block.Append(' ').Append(lines[i]);
        }

        return paragraphs;
    }

    /// <summary>
    /// A language file: every text (site_name, the menu's labels, text:, statistics:) by its key, in order.
    /// </summary>
    public static IReadOnlyList<EnglishParagraph> OfLanguageFile(string yaml)
    {
        var paragraphs = new List<EnglishParagraph>();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                Walk(root, "", paragraphs);
            }
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A broken file has its own problem; its version is then that of no texts.
        }

        return paragraphs;
    }

    private static void Walk(YamlMappingNode mapping, string path, List<EnglishParagraph> paragraphs)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = path + ((keyNode as YamlScalarNode)?.Value ?? "");
            if (path.Length == 0 && NotTranslated.Contains(key))
            {
                continue;
            }

            switch (value)
            {
                case YamlScalarNode scalar:
                    paragraphs.Add(new EnglishParagraph((int)keyNode.Start.Line, Normalized(scalar.Value ?? ""), key));
                    break;
                case YamlMappingNode child:
                    Walk(child, key + "/", paragraphs);
                    break;
            }
        }
    }

    // A fact re-checked ({{ checked 2027-01-10 }} for {{ checked 2026-12-04 }}) is no change to the words to translate.
    private static readonly System.Text.RegularExpressions.Regex CheckedDate =
        new(@"\{\{\s*checked\s+[^}]*\}\}", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static string Normalized(string text) =>
        string.Join(' ', CheckedDate.Replace(text, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
