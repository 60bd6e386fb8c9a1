using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Facts;

/// <summary>
/// The <c>source:</c> and <c>checked:</c> a YAML fact needs: both must be there, the source a full https address. The
/// readers of site.yml, statistics.yml and the definitions all read them the same way, through this.
/// </summary>
public static class FactFields
{
    /// <param name="line">
    /// Where the fact is written, for a missing field; <paramref name="checkedLine"/> where its date is.
    /// </param>
    /// <returns>The fact, or null when something is missing (a problem then says what, at the line).</returns>
    public static Fact? Read(string what, string? source, DateOnly? checkedOn, int line, int? checkedLine,
        FileProblems problems,
        string sourceField = "source")
    {
        line = Math.Max(line, 1);
        var ok = true;
        if (string.IsNullOrWhiteSpace(source))
        {
            problems.Add(line, $"{what} has no {sourceField}: add '{sourceField}:' with the address " +
                "of the page it was read on");
            ok = false;
        }
        else if (!Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(line, $"{what}: {sourceField} must be a full https address, such as https://example.org/page");
            ok = false;
        }

        if (checkedOn is null)
        {
            problems.Add(line, $"{what} has no checked date: add 'checked:' with the day someone last read it at its " +
                "source, such as checked: 2026-12-04");
            ok = false;
        }

        return ok ? new Fact(problems.Path, checkedLine ?? line, what, source!.Trim(), checkedOn!.Value) : null;
    }
}
