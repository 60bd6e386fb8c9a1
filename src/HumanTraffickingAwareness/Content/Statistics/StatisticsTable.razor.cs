using Microsoft.AspNetCore.Components;
using HumanTraffickingAwareness.Content.Languages;

namespace HumanTraffickingAwareness.Content.Statistics;

/// <summary>
/// The words and figures of <c>StatisticsTable.razor</c>: one region's periods, a figure not published as null.
/// </summary>
public sealed partial class StatisticsTable
{
    [Parameter, EditorRequired]
    public StatisticsRegion Region { get; set; } = null!;

    [Parameter, EditorRequired]
    public HotlineStatistics Statistics { get; set; } = null!;

    [Parameter, EditorRequired]
    public StatisticsFormat Format { get; set; } = null!;

    private string Id => $"table-{Region.Id}";

    private StatisticsRegion? Parent => Region.PartOf is null ? null : Statistics.FindRegion(Region.PartOf);

    private string Caption => TextTemplate.Fill(Format.Text.TableCaption, ("region", Format.RegionName(Region)));

    private IEnumerable<string> ColumnHeadings
    {
        get
        {
            var text = Format.Text;
            foreach (var heading in new[] { text.Period, text.Contacts, text.Cases, text.Victims,
                text.CasesPerHundredContacts })
            {
                yield return Format.Capitalise(heading);
            }

            if (Parent is { } parent)
            {
                yield return TextTemplate.Fill(text.ShareOfCases, ("region", Format.RegionName(parent)));
            }
        }
    }

    /// <summary>
    /// A row's cells after its label: each figure formatted, or null where the hotline published none.
    /// </summary>
    private IEnumerable<string?> Cells(StatisticsPeriod period)
    {
        yield return period.Contacts is long contacts ? Format.Number(contacts) : null;
        yield return period.Cases is long cases ? Format.Number(cases) : null;
        yield return period.Victims is long victims ? Format.Number(victims) : null;
        yield return period.CasesPer100Contacts is double rate ? Format.Decimal(rate) : null;
        if (Parent is { } parent)
        {
            var whole = parent.FindPeriod(period.Key)?.Cases;
            yield return whole is > 0 && period.Cases is long part ? Format.Percent((double)part / whole.Value) : null;
        }
    }
}
