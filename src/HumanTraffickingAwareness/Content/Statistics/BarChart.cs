using System.Globalization;
using System.Text;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>A group of bars in a chart: one measure (say "Cases"), one bar per series (say each period).</summary>
public sealed record BarGroup(string Label, IReadOnlyList<double?> Values, IReadOnlyList<string> ValueTexts);

/// <summary>
/// A horizontal bar chart drawn as inline SVG on the server: no script, nothing to download, prints as it shows.
/// Bar lengths are percentages of the SVG's width, so the chart fits a 320 px phone while its text keeps its size.
/// Screen readers get <c>role="img"</c> with a title and a description that states every figure.
/// </summary>
public static class BarChart
{
    private const int LabelHeight = 22;
    private const int BarHeight = 20;
    private const int BarGap = 6;
    private const int GroupGap = 14;
    // The longest bar stops short of the edge to leave room for its value.
    private const double LongestBarPercent = 72;

    public static string Render(string id, string title, string description, IReadOnlyList<string> series, IReadOnlyList<BarGroup> groups)
    {
        var max = groups.SelectMany(g => g.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();
        var height = groups.Sum(g => LabelHeight + (g.Values.Count * (BarHeight + BarGap)) + GroupGap);

        var svg = new StringBuilder();
        svg.Append($"<figure class=\"chart\" id=\"{id}\">");
        svg.Append($"<svg class=\"chart-svg\" role=\"img\" width=\"100%\" height=\"{height}\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"{id}-title\">{Encode(title)}</title>");
        svg.Append($"<desc id=\"{id}-desc\">{Encode(description)}</desc>");

        var y = 0;
        foreach (var group in groups)
        {
            y += LabelHeight;
            svg.Append($"<text class=\"chart-label\" x=\"0\" y=\"{y - 6}\">{Encode(group.Label)}</text>");
            for (var i = 0; i < group.Values.Count; i++)
            {
                var value = group.Values[i];
                var percent = value is null || max <= 0 ? 0 : Math.Max(value.Value / max * LongestBarPercent, 0.4);
                var width = percent.ToString("0.##", CultureInfo.InvariantCulture);
                svg.Append($"<rect class=\"chart-bar chart-series-{i}\" x=\"0\" y=\"{y}\" width=\"{width}%\" height=\"{BarHeight}\" rx=\"2\"/>");
                svg.Append($"<text class=\"chart-value\" x=\"{width}%\" dx=\"6\" y=\"{y + BarHeight - 5}\">{Encode(group.ValueTexts[i])}</text>");
                y += BarHeight + BarGap;
            }

            y += GroupGap;
        }

        svg.Append("</svg>");
        svg.Append("<figcaption>");
        svg.Append($"<span class=\"chart-title\">{Encode(title)}</span>");
        svg.Append("<span class=\"chart-legend\">");
        for (var i = 0; i < series.Count; i++)
        {
            svg.Append($"<span class=\"chart-key\"><span class=\"chart-swatch chart-series-{i}\"></span>{Encode(series[i])}</span>");
        }

        svg.Append("</span></figcaption></figure>");
        return svg.ToString();
    }

    private static string Encode(string text) => HtmlText.Encode(text);
}
