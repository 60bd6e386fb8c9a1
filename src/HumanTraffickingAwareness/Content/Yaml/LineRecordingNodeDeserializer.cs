using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>An object read from YAML that remembers the line it started on, so later checks can point at it.</summary>
public interface IHasSourceLine
{
    int SourceLine { get; set; }
}

/// <summary>
/// Wraps YamlDotNet's object deserializer to stamp <see cref="IHasSourceLine"/> objects with their line.
/// </summary>
internal sealed class LineRecordingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        var line = (int)(reader.Current?.Start.Line ?? 0);
        var read = inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer);
        if (read && value is IHasSourceLine located)
        {
            located.SourceLine = line;
        }

        return read;
    }
}
