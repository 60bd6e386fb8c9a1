using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>A group of bars in a chart: one measure (say "Cases"), one bar per series (say each period).</summary>
public sealed record BarGroup(string Label, IReadOnlyList<double?> Values, IReadOnlyList<string> ValueTexts);

/// <summary>
/// Where <c>BarChart.razor</c> draws each label and bar. Bar lengths are percentages of the SVG's width, so the chart
/// fits a 320 px phone while its text keeps its size.
/// </summary>
public sealed partial class BarChart
{
    private const int LabelHeight = 22;
    private const int BarHeight = 20;
    private const int BarGap = 6;
    private const int GroupGap = 14;
    // The longest bar stops short of the edge to leave room for its value.
    private const double LongestBarPercent = 72;

    [Parameter, EditorRequired]
    public string Id { get; set; } = "";

    [Parameter, EditorRequired]
    public string Title { get; set; } = "";

    /// <summary>What a screen reader hears instead of the picture: every figure.</summary>
    [Parameter, EditorRequired]
    public string Description { get; set; } = "";

    [Parameter, EditorRequired]
    public IReadOnlyList<string> Series { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<BarGroup> Groups { get; set; } = [];

    private int Height => Groups.Sum(g => LabelHeight + (g.Values.Count * (BarHeight + BarGap)) + GroupGap);

    private IEnumerable<PlacedGroup> Placed
    {
        get
        {
            var max = Groups.SelectMany(g => g.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0)
                .Max();
            var y = 0;
            foreach (var group in Groups)
            {
                y += LabelHeight;
                var labelY = y - 6;
                var bars = new List<PlacedBar>();
                for (var i = 0; i < group.Values.Count; i++)
                {
                    var value = group.Values[i];
                    var percent = value is null || max <= 0 ? 0 : Math.Max(value.Value / max * LongestBarPercent, 0.4);
                    bars.Add(new PlacedBar(i, y, percent.ToString("0.##", CultureInfo.InvariantCulture) + "%", y
                        + BarHeight - 5, group.ValueTexts[i]));
                    y += BarHeight + BarGap;
                }

                y += GroupGap;
                yield return new PlacedGroup(group.Label, labelY, bars);
            }
        }
    }

    private sealed record PlacedGroup(string Label, int LabelY, IReadOnlyList<PlacedBar> Bars);

    /// <param name="Width">The bar's length as a percentage of the chart's width, such as 72%.</param>
    private sealed record PlacedBar(int Series, int Y, string Width, int ValueY, string ValueText);
}
