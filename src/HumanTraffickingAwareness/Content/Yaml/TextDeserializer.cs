using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// Every text of every YAML file (site.yml, statistics.yml, the languages, front matter), keys of a list of texts
/// included, passes here on its way to a model: the one place that refuses <see cref="InvisibleCharacters"/>, so no
/// reader has to remember to. It only looks; YamlDotNet's own deserializer then reads the value.
/// </summary>
internal sealed class TextDeserializer : INodeDeserializer
{
    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        value = null;
        if (expectedType == typeof(string) && reader.Accept<Scalar>(out var scalar)
            && InvisibleCharacters.FirstInValue(scalar.Value) is var at and >= 0)
        {
            var line = LineOf(scalar, at);
            var mark = new Mark(scalar.Start.Index, line, 1);
            throw new YamlException(mark, mark, InvisibleCharacters.Problem(scalar.Value, at));
        }

        return false;
    }

    // A block (| or >) starts on the line after its indicator; in a literal one, each line of the value is a line of
    // the file. Elsewhere the scalar's first line is close enough: the message names the character.
    private static long LineOf(Scalar scalar, int at) => scalar.Style switch
    {
        ScalarStyle.Literal => scalar.Start.Line + 1 + scalar.Value.AsSpan(0, at).Count('\n'),
        ScalarStyle.Folded => scalar.Start.Line + 1,
        _ => scalar.Start.Line,
    };
}
