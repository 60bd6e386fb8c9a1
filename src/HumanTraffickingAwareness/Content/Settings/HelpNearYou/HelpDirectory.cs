using HumanTraffickingAwareness.Content.Facts;

namespace HumanTraffickingAwareness.Content.Settings.HelpNearYou;

/// <summary>
/// <c>help-near-you.yml</c>, read and checked: the organisations in Missouri that publicly offer help to victims of
/// trafficking, by region, each a fact with its source and the day it was last checked there.
/// </summary>
/// <param name="Regions">In the file's order, which is the order the page shows them in.</param>
public sealed record HelpDirectory(IReadOnlyList<HelpRegion> Regions, IReadOnlyList<HelpEntry> Entries)
{
    public IEnumerable<HelpEntry> EntriesOf(HelpRegion region) => Entries.Where(e => e.Region == region.Id);

    public IEnumerable<Fact> Facts => Entries.Select(e => e.Fact);
}

/// <param name="Id">The region's link on the page: <c>/help-near-you#st-louis</c>.</param>
/// <param name="Names">The region's name by language code; the default language's is required.</param>
public sealed record HelpRegion(string Id, IReadOnlyDictionary<string, string> Names);

/// <param name="PhoneDisplay">As readers see it (314-555-0100); <paramref name="PhoneDial"/> as a phone dials it.</param>
/// <param name="Offers">What it offers, by language code; the default language's is required.</param>
public sealed record HelpEntry(string Name, string Region, string PhoneDisplay, string PhoneDial, string Web,
    IReadOnlyDictionary<string, string> Offers, Fact Fact)
{
    public string CallHref => "tel:" + PhoneDial;

    /// <summary>The web address as a reader would type it: thecoveringhouse.org, without https:// and www.</summary>
    public string WebShown
    {
        get
        {
            var uri = new Uri(Web);
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            var path = uri.AbsolutePath.TrimEnd('/');
            return host + path;
        }
    }
}
