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

    private YamlKeyLines()
    {
    }

    /// <summary>
    /// The first key written twice in one mapping, in the order of the file; null when there is none.
    /// </summary>
    public DuplicateKey? FirstDuplicate { get; private set; }

    /// <param name="firstLine">The file line the YAML text starts on, so that lines are the editor's.</param>
    public static YamlKeyLines Of(string yaml, int firstLine = 1)
    {
        var found = new YamlKeyLines();
        var open = new Stack<Node>();
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart:
                    open.Push(new Node(ChildPath(open), IsMapping: true));
                    break;
                case SequenceStart:
                    open.Push(new Node(ChildPath(open), IsMapping: false));
                    break;
                case MappingEnd or SequenceEnd:
                    open.Pop();
                    Completed(open);
                    break;
                case Scalar scalar when open.TryPeek(out var mapping) && mapping.IsMapping
                    && mapping.PendingKey is null:
                    found.Record(mapping, scalar.Value, (int)scalar.Start.Line + firstLine - 1);
                    break;
                case Scalar or AnchorAlias:
                    Completed(open);
                    break;
            }
        }

        return found;
    }

    public int? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;

    private void Record(Node mapping, string key, int line)
    {
        if (mapping.Keys.TryGetValue(key, out var first))
        {
            FirstDuplicate ??= new DuplicateKey(key, first, line);
        }
        else
        {
            mapping.Keys[key] = line;
        }

        mapping.PendingKey = key;
        _lines.TryAdd(Join(mapping.Path, key), line);
    }

    private static string ChildPath(Stack<Node> open) =>
        !open.TryPeek(out var parent) ? ""
        : parent.IsMapping ? Join(parent.Path, parent.PendingKey ?? "?")
        : Join(parent.Path, parent.Items.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // A value ends its key's entry; an item moves a list on.
    private static void Completed(Stack<Node> open)
    {
        if (open.TryPeek(out var parent))
        {
            if (parent.IsMapping)
            {
                parent.PendingKey = null;
            }
            else
            {
                parent.Items++;
            }
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "/" + key;

    private sealed record Node(string Path, bool IsMapping)
    {
        public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>The key whose value is being read; null while a key is expected.</summary>
        public string? PendingKey { get; set; }

        public int Items { get; set; }
    }
}

/// <summary>A key written twice in the same mapping: where first, and where again.</summary>
internal sealed record DuplicateKey(string Key, int FirstLine, int Line);
