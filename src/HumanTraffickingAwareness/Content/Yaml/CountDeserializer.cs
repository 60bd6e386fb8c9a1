using System.Globalization;
using System.Numerics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// Every <c>long</c> in our YAML is a count of something: it must be a whole number, zero or more. Checking it here,
/// on the scalar itself, lets the error name the exact line and say what is wrong in plain words.
/// </summary>
internal sealed class CountDeserializer : INodeDeserializer
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
        if ((expectedType != typeof(long) && expectedType != typeof(long?)) || !reader.Accept<Scalar>(out var scalar))
        {
            return false;
        }

        reader.MoveNext();
        var text = scalar.Value.Replace("_", "", StringComparison.Ordinal);
        // Parsed without a size limit, so that a count too large is told as such, not as "not a whole number".
        if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a whole number: write counts " +
                "as digits only, such as 1234");
        }

        if (count < 0)
        {
            throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is negative: a " +
                "count cannot be below zero");
        }

        if (count > MaxCount)
        {
            throw new YamlException(scalar.Start, scalar.End,
                $"'{scalar.Value}' is too large for a count " +
                    $"(at most {MaxCount.ToString("N0", CultureInfo.InvariantCulture)}): check for extra digits");
        }

        value = (long)count;
        return true;
    }
}
