using System.Net;
using System.Text;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>One region's figures as a data table a screen reader can walk: caption, column and row headers with scope.</summary>
public static class StatisticsTable
{
    public static string Render(StatisticsRegion region, HotlineStatistics statistics, StatisticsFormat format)
    {
        var parent = region.PartOf is null ? null : statistics.FindRegion(region.PartOf);
        var id = $"table-{region.Id}";
        var html = new StringBuilder();
        html.Append($"<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{id}-caption\" tabindex=\"0\">");
        html.Append($"<table class=\"figures\" id=\"{id}\">");
        html.Append($"<caption id=\"{id}-caption\">{Encode(region.Name)}: hotline figures by period</caption>");
        html.Append("<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Contacts</th><th scope=\"col\">Cases</th>");
        html.Append("<th scope=\"col\">Victims identified</th><th scope=\"col\">Cases per 100 contacts</th>");
        if (parent is not null)
        {
            html.Append($"<th scope=\"col\">Share of {Encode(parent.Name)} cases</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var period in region.Periods)
        {
            html.Append($"<tr><th scope=\"row\">{Encode(format.Label(period))}</th>");
            html.Append(Cell(period.Contacts, format));
            html.Append(Cell(period.Cases, format));
            html.Append(Cell(period.Victims, format));
            html.Append(period.CasesPer100Contacts is double rate ? $"<td>{Encode(format.Decimal(rate))}</td>" : Missing);
            if (parent is not null)
            {
                var whole = parent.FindPeriod(period.Key)?.Cases;
                html.Append(whole is > 0 && period.Cases is long part ? $"<td>{Encode(format.Percent((double)part / whole.Value))}</td>" : Missing);
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        return html.ToString();
    }

    // A figure the hotline did not publish is shown as such, never as 0.
    private const string Missing = "<td class=\"figure-missing\"><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">not published</span></td>";

    private static string Cell(long? value, StatisticsFormat format) =>
        value is long count ? $"<td>{Encode(format.Number(count))}</td>" : Missing;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
