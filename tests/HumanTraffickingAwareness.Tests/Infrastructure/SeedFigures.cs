namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The hotline figures of the user's seed Learn page, as a reader sees them. Tests check every page that shows
/// figures against this one list.
/// </summary>
public static class SeedFigures
{
    public static readonly string[] Formatted = ["399,494", "82,301", "10,360", "6,166", "1,524", "3,160", "1,103",
        "240", "327"];

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var figure in Formatted)
            {
                data.Add(figure);
            }

            return data;
        }
    }

    /// <summary>The figures of four digits or more, which a page could not contain by chance.</summary>
    public static TheoryData<string> Distinctive
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var figure in Formatted.Where(f => f.Contains(',')))
            {
                data.Add(figure);
            }

            return data;
        }
    }
}
