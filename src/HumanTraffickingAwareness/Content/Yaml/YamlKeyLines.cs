using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// The line of every key of a YAML text, by its path: <c>hotline/phone_dial</c>, <c>regions/1/periods/0/cases</c>
/// (list items by their 0-based position). Typed objects keep no line per field, and YamlDotNet's duplicate-key error
/// names neither the first occurrence nor, for a dictionary, the key's own line: this lets a check point at both.
/// </summary>
internal sealed class YamlKeyLines
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    /// <summary>
    /// The first key written twice in one mapping, in the order of the file; null when there is none.
    /// </summary>
    public DuplicateKey? FirstDuplicate { get; private set; }

    /// <param name="firstLine">The file line the YAML text starts on, so that lines are the editor's.</param>
    public static YamlKeyLines Of(string yaml, int firstLine = 1)
    {
        var found = new YamlKeyLines();
        var parser = new Parser(new StringReader(yaml));
        void Node(string path, int depth)
        {
            // Iterative past any depth an editor writes: a file of 64,000 [ must not overflow the stack.
            if (depth > 64)
            {
                parser.SkipThisAndNestedEvents();
            }
            else if (parser.TryConsume<MappingStart>(out _))
            {
                var keys = new Dictionary<string, int>(StringComparer.Ordinal);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (!parser.TryConsume<Scalar>(out var key))
                    {
                        // A key that is itself a list or mapping is no key an editor writes: it and its value are
                        // passed over.
                        parser.SkipThisAndNestedEvents();
                        parser.SkipThisAndNestedEvents();
                        continue;
                    }

                    var line = (int)key.Start.Line + firstLine - 1;
                    if (!keys.TryAdd(key.Value, line))
                    {
                        found.FirstDuplicate ??= new DuplicateKey(key.Value, keys[key.Value], line);
                    }

                    var keyPath = path.Length == 0 ? key.Value : path + "/" + key.Value;
                    found._lines.TryAdd(keyPath, line);
                    Node(keyPath, depth + 1);
                }
            }
            else if (parser.TryConsume<SequenceStart>(out _))
            {
                for (var item = 0; !parser.TryConsume<SequenceEnd>(out _); item++)
                {
                    var index = item.ToString(CultureInfo.InvariantCulture);
                    Node(path.Length == 0 ? index : path + "/" + index, depth + 1);
                }
            }
            else
            {
                parser.MoveNext();
            }
        }

        // The stream's and each document's start and end pass as nodes without keys.
        while (!parser.Accept<StreamEnd>(out _))
        {
            Node("", 0);
        }

        return found;
    }

    public int? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;
}

/// <summary>A key written twice in the same mapping: where first, and where again.</summary>
internal sealed record DuplicateKey(string Key, int FirstLine, int Line);
