using System.Text;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Templates;


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
        var text = format.Text;
        html.Append($"<caption id=\"{id}-caption\">{Encode(TextTemplate.Fill(text.TableCaption, ("region", format.RegionName(region))))}</caption>");
        html.Append("<thead><tr>");
        foreach (var heading in new[] { text.Period, text.Contacts, text.Cases, text.Victims, text.CasesPerHundredContacts })
        {
            html.Append($"<th scope=\"col\">{Encode(format.Capitalise(heading))}</th>");
        }

        if (parent is not null)
        {
            html.Append($"<th scope=\"col\">{Encode(TextTemplate.Fill(text.ShareOfCases, ("region", format.RegionName(parent))))}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var period in region.Periods)
        {
            html.Append($"<tr><th scope=\"row\">{Encode(format.Label(period))}</th>");
            var missing = Missing(format);
            html.Append(Cell(period.Contacts, format));
            html.Append(Cell(period.Cases, format));
            html.Append(Cell(period.Victims, format));
            html.Append(period.CasesPer100Contacts is double rate ? $"<td>{Encode(format.Decimal(rate))}</td>" : missing);
            if (parent is not null)
            {
                var whole = parent.FindPeriod(period.Key)?.Cases;
                html.Append(whole is > 0 && period.Cases is long part ? $"<td>{Encode(format.Percent((double)part / whole.Value))}</td>" : missing);
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        return html.ToString();
    }

    // A figure the hotline did not publish is shown as such, never as 0.
    private static string Missing(StatisticsFormat format) =>
        $"<td class=\"figure-missing\"><span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">{Encode(format.Text.NotPublished)}</span></td>";

    private static string Cell(long? value, StatisticsFormat format) =>
        value is long count ? $"<td>{Encode(format.Number(count))}</td>" : Missing(format);

    private static string Encode(string text) => HtmlText.Encode(text);
}
