using System.Globalization;
using System.Numerics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// Every text and every count of every YAML file (site.yml, statistics.yml, the languages, front matter) passes here
/// on its way to a model, so that no reader has to remember to check it, and the error names the exact line and says
/// what is wrong in plain words. A text, keys of a list of texts included, must hold no
/// <see cref="InvisibleCharacters"/>: this only looks, and YamlDotNet's own deserializer then reads it. Every
/// <c>long</c> is a count of something: a whole number, zero or more.
/// </summary>
internal sealed class ScalarChecks : INodeDeserializer
{
    /// <summary>
    /// The hotline's largest count, all contacts nationwide since 2007, is about 400,000: a count past two thousand
    /// million is a typo, not a figure. Keeping counts within 32 bits also keeps every total and rate exact.
    /// </summary>
    public const long MaxCount = int.MaxValue;

    public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        value = null;
        if (reader.Accept<Scalar>(out var scalar) && expectedType == typeof(string)
            && InvisibleCharacters.FirstInValue(scalar.Value) is var at and >= 0)
        {
            var mark = new Mark(scalar.Start.Index, LineOf(scalar, at), 1);
            throw new YamlException(mark, mark, InvisibleCharacters.Problem(scalar.Value, at));
        }

        if (scalar is null || (expectedType != typeof(long) && expectedType != typeof(long?)))
        {
            return false;
        }

        reader.MoveNext();
        // Parsed without a size limit, so that a count too large is told as such, not as "not a whole number".
        var problem = !BigInteger.TryParse(scalar.Value.Replace("_", "", StringComparison.Ordinal),
                NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count)
            ? "is not a whole number: write counts as digits only, such as 1234"
            : count < 0 ? "is negative: a count cannot be below zero"
            : count > MaxCount ? "is too large for a count " +
                $"(at most {MaxCount.ToString("N0", CultureInfo.InvariantCulture)}): check for extra digits"
            : null;
        value = problem is null ? (long)count : throw new YamlException(scalar.Start, scalar.End,
            $"'{scalar.Value}' {problem}");
        return true;
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
