using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Yaml;

/// <summary>
/// Reads YAML into typed models strictly: an unknown key is an error (a typo must not be silently ignored), so is a key
/// written twice (YAML would silently keep the last: a second <c>phone:</c> would change the number), and every error
/// names the line it is on.
/// </summary>
public static class StrictYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
        .WithNodeDeserializer(inner => new LineRecordingNodeDeserializer(inner), where =>
            where.InsteadOf<YamlDotNet.Serialization.NodeDeserializers.ObjectNodeDeserializer>())
        .WithNodeDeserializer(new ScalarChecks(), where => where.OnTop())
        .Build();

    /// <summary>A whole data file (site.yml, a language, statistics.yml): null, with a problem, when it is not sound or
    /// holds nothing.</summary>
    public static T? ReadFile<T>(string yaml, FileProblems problems)
    {
        var read = Read<T>(yaml, 1, problems);
        if (read is null && !problems.HasAny)
        {
            problems.Add(1, "the file is empty");
        }

        return problems.HasAny ? default : read;
    }

    /// <summary>
    /// Deserializes <paramref name="yaml"/>; on failure returns a problem. <paramref name="firstLine"/> is the file
    /// line the YAML text starts on, so that lines are reported as the editor sees them.
    /// </summary>
    public static T? Read<T>(string yaml, int firstLine, FileProblems problems)
    {
        // YamlDotNet finds a duplicate key; its message names neither the first occurrence nor, in a dictionary, the
        // key's line: YamlKeyLines finds both.
        try
        {
            return Deserializer.Deserialize<T>(yaml);
        }
        catch (YamlException e) when (e.GetBaseException().Message.Contains("Encountered duplicate key",
            StringComparison.Ordinal) && YamlKeyLines.Of(yaml, firstLine).FirstDuplicate is { } duplicate)
        {
            problems.Add(duplicate.Line, $"'{duplicate.Key}' is given twice, first on line " +
                $"{duplicate.FirstLine}: keep only the right one");
            return default;
        }
        catch (YamlException e)
        {
            problems.Add(Math.Max((int)e.Start.Line + firstLine - 1, firstLine), Describe(e));
            return default;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet wraps the real cause (an unknown key, a bad number) in a generic message; the innermost says it.
        var cause = e.GetBaseException();
        var message = cause is YamlException inner ? StripMarks(inner.Message) : cause.Message;
        var quoted = message.Split('\'') is { Length: > 1 } parts ? parts[1] : null;
        return message switch
        {
            _ when message.Contains("not found on type", StringComparison.Ordinal) =>
                $"unknown field '{quoted ?? "?"}' (check its spelling)",
            // A checked: date that is no day (2026-13-25, 2026-2-5): .NET's words name its DateOnly type.
            _ when cause is FormatException && message.Contains("DateOnly", StringComparison.Ordinal) =>
                $"'{quoted ?? "this"}' is not a date: write it as year-month-day, such as 2026-12-05",
            // YamlDotNet's words for a value of the wrong shape name .NET types, which mean nothing to an editor.
            _ when message.Contains("No node deserializer was able", StringComparison.Ordinal) => "this value is " +
                "not of the kind expected here: a plain text, number or date. A value that starts with [, {, *, & " +
                "or ! must be put in quotes, such as title: \"[Draft] Learn\"",
            _ => message,
        };
    }

    // YamlDotNet prefixes messages with "(Line: 2, Col: 1, Idx: 4) - (Line: ...): "; we report the line ourselves.
    private static string StripMarks(string message) =>
        message.StartsWith("(Line", StringComparison.Ordinal) && message.IndexOf("): ", StringComparison.Ordinal)
            is var marker and >= 0 ? message[(marker + 3)..] : message;
}
