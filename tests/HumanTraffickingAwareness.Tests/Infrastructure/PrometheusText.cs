using System.Globalization;
using System.Text;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>One sample of a scrape: a metric name, its labels and its value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    /// <summary>The series: its name and every label, in a stable order.</summary>
    public string Series =>
        Name + "{"
        + string.Join(",", Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))
        + "}";
}

/// <summary>
/// A strict reader of Prometheus's text exposition format (version 0.0.4, as Prometheus documents it in "Exposition
/// formats"): NuGet, as mirrored here, serves no parser of it, so every line is checked against the format and any line
/// that Prometheus would refuse fails the test, naming its number. Checked: the HELP and TYPE lines, metric and label
/// names, label values and their escapes, values and timestamps, one TYPE per family before its samples, a family's
/// lines kept together, no series twice, no label twice, and each histogram's buckets (cumulative, ending at +Inf,
/// _count equal to the +Inf bucket).
/// </summary>
public static class PrometheusText
{
    private static readonly string[] Types = ["counter", "gauge", "histogram", "summary", "untyped"];

    public static IReadOnlyList<PrometheusSample> Parse(string text)
    {
        var samples = new List<PrometheusSample>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var helps = new HashSet<string>(StringComparer.Ordinal);
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var series = new HashSet<string>(StringComparer.Ordinal);
        string? family = null;
        var lines = text.Split('\n');
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "the exposition must end with a line feed");
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var number = index + 1;
            if (line.Length == 0)
            {
                continue;
            }

            Assert.False(line.Contains('\r'), $"line {number}: a carriage return: {line}");
            string current;
            if (line.StartsWith('#'))
            {
                var parts = line.Split(' ', 4);
                if (parts.Length < 3 || parts[0] != "#" || parts[1] is not ("HELP" or "TYPE"))
                {
                    continue;
                }

                current = parts[2];
                Assert.True(IsMetricName(current), $"line {number}: '{current}' is not a metric name");
                if (parts[1] == "TYPE")
                {
                    Assert.True(parts.Length == 4 && Types.Contains(parts[3]), $"line {number}: unknown type: {line}");
                    Assert.True(types.TryAdd(current, parts[3]), $"line {number}: a second TYPE for {current}");
                    Assert.DoesNotContain(samples, s => FamilyOf(s.Name, types) == current);
                }
                else
                {
                    Assert.True(helps.Add(current), $"line {number}: a second HELP for {current}");
                    Assert.True(parts.Length < 4 || ValidHelp(parts[3]), $"line {number}: bad escape in HELP: {line}");
                }
            }
            else
            {
                PrometheusSample sample;
                try
                {
                    sample = ParseSample(line, number);
                }
                catch (IndexOutOfRangeException)
                {
                    throw new Xunit.Sdk.XunitException($"line {number}: ends in the middle of a sample: {line}");
                }

                current = FamilyOf(sample.Name, types);
                Assert.True(series.Add(sample.Series), $"line {number}: the series {sample.Series} a second time");
                samples.Add(sample);
            }

            if (current != family)
            {
                Assert.True(family is null || finished.Add(family), $"line {number}: {family}'s lines are apart");
                Assert.False(finished.Contains(current), $"line {number}: {current} again after other metrics");
                family = current;
            }
        }

        CheckHistograms(samples, types);
        return samples;
    }

    /// <summary>The family of a sample: a histogram's or summary's _bucket, _sum and _count belong to it.</summary>
    private static string FamilyOf(string name, Dictionary<string, string> types)
    {
        foreach (var suffix in (string[])["_bucket", "_sum", "_count"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)
                && types.GetValueOrDefault(name[..^suffix.Length]) is "histogram" or "summary")
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    private static PrometheusSample ParseSample(string line, int number)
    {
        var position = 0;
        while (position < line.Length && (char.IsAsciiLetterOrDigit(line[position]) || line[position] is '_' or ':'))
        {
            position++;
        }

        var name = line[..position];
        Assert.True(IsMetricName(name), $"line {number}: '{name}' is not a metric name: {line}");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < line.Length && line[position] == '{')
        {
            position++;
            while (line[position] != '}')
            {
                var start = position;
                while (position < line.Length && (char.IsAsciiLetterOrDigit(line[position]) || line[position] == '_'))
                {
                    position++;
                }

                var label = line[start..position];
                Assert.True(IsLabelName(label), $"line {number}: '{label}' is not a label name: {line}");
                Assert.True(line[position] == '=' && line[position + 1] == '"',
                    $"line {number}: a label without =\"value\": {line}");
                position += 2;
                var value = new StringBuilder();
                while (line[position] != '"')
                {
                    if (line[position] == '\\')
                    {
                        position++;
                        value.Append(line[position] switch
                        {
                            '\\' => '\\',
                            '"' => '"',
                            'n' => '\n',
                            _ => throw new Xunit.Sdk.XunitException(
                                $"line {number}: the escape \\{line[position]} in a label value: {line}"),
                        });
                    }
                    else
                    {
                        value.Append(line[position]);
                    }

                    position++;
                }

                position++;
                Assert.True(labels.TryAdd(label, value.ToString()), $"line {number}: the label {label} twice: {line}");
                if (line[position] == ',')
                {
                    position++;
                }
                else
                {
                    Assert.True(line[position] == '}', $"line {number}: labels not separated by commas: {line}");
                }
            }

            position++;
        }

        Assert.True(position < line.Length && line[position] == ' ', $"line {number}: no space, then value: {line}");
        var rest = line[(position + 1)..].Split(' ');
        Assert.True(rest.Length is 1 or 2, $"line {number}: more than a value and a timestamp: {line}");
        Assert.True(TryParseValue(rest[0], out var parsed), $"line {number}: '{rest[0]}' is not a value: {line}");
        Assert.True(
            rest.Length == 1
                || long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            $"line {number}: '{rest[^1]}' is not a timestamp: {line}");
        return new PrometheusSample(name, labels, parsed);
    }

    private static void CheckHistograms(List<PrometheusSample> samples, Dictionary<string, string> types)
    {
        var bySeries = samples.ToDictionary(s => s.Series, StringComparer.Ordinal);
        foreach (var histogram in types.Where(t => t.Value == "histogram").Select(t => t.Key))
        {
            var buckets = samples.Where(s => s.Name == histogram + "_bucket").ToList();
            foreach (var group in buckets.GroupBy(b => WithoutLe(b).Series))
            {
                Assert.All(group, b => Assert.True(b.Labels.ContainsKey("le"), $"{b.Series}: a bucket without le"));
                var ordered = group.OrderBy(b => ParseLe(b.Labels["le"])).ToList();
                Assert.True(double.IsPositiveInfinity(ParseLe(ordered[^1].Labels["le"])), $"{group.Key}: no +Inf");
                for (var i = 1; i < ordered.Count; i++)
                {
                    Assert.True(ordered[i].Value >= ordered[i - 1].Value, $"{group.Key}: buckets are not cumulative");
                }

                var labels = WithoutLe(ordered[0]).Labels;
                var countSeries = new PrometheusSample(histogram + "_count", labels, 0).Series;
                var count = bySeries.GetValueOrDefault(countSeries);
                Assert.True(count is not null && count.Value == ordered[^1].Value, $"{group.Key}: _count is not +Inf");
                var sumSeries = new PrometheusSample(histogram + "_sum", labels, 0).Series;
                Assert.True(bySeries.ContainsKey(sumSeries), $"{group.Key}: no _sum");
            }
        }
    }

    private static PrometheusSample WithoutLe(PrometheusSample bucket) =>
        bucket with { Labels = bucket.Labels.Where(l => l.Key != "le").ToDictionary(StringComparer.Ordinal) };

    private static double ParseLe(string le) =>
        TryParseValue(le, out var value) ? value : throw new Xunit.Sdk.XunitException($"le=\"{le}\" is not a number");

    private static bool TryParseValue(string text, out double value)
    {
        switch (text)
        {
            case "NaN":
                value = double.NaN;
                return true;
            case "+Inf":
                value = double.PositiveInfinity;
                return true;
            case "-Inf":
                value = double.NegativeInfinity;
                return true;
        }

        // Go's ParseFloat, which Prometheus uses, takes these forms; no spaces, no thousands separators.
        value = 0;
        return text.Length > 0 && !text.Contains(',')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool ValidHelp(string help)
    {
        for (var i = 0; i < help.Length; i++)
        {
            if (help[i] == '\\' && (++i >= help.Length || help[i] is not ('\\' or 'n')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMetricName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or ':')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or ':');

    private static bool IsLabelName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && !name.StartsWith("__", StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
