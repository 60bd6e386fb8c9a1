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

/// <param name="Contact">Its own number and address, or null when <paramref name="LineId"/> names one of site.yml's
/// other_lines, whose number and address are shown (read at each rendering, so they follow site.yml).</param>
/// <param name="Offers">What it offers, by language code; the default language's is required.</param>
public sealed record HelpEntry(string Name, string Region, HelpContact? Contact, string? LineId,
    IReadOnlyDictionary<string, string> Offers, Fact Fact)
{
    /// <summary>How to reach it with today's site.yml: its own contact, or its line's; null when the line is
    /// gone.</summary>
    public HelpContact? ContactWith(IReadOnlyList<OtherLine> otherLines) =>
        Contact ?? (otherLines.FirstOrDefault(l => l.Id == LineId) is
        { PhoneDisplay: { } shown, PhoneDial: { } dial, Url: { } url }
            ? new HelpContact(shown, dial, url)
            : null);
}

/// <param name="PhoneDisplay">As readers see it (314-555-0100); <paramref name="PhoneDial"/> as a phone dials
/// it.</param>
public sealed record HelpContact(string PhoneDisplay, string PhoneDial, string Web)
{
    public string CallHref => "tel:" + PhoneDial;

    /// <summary>The web address as a reader would type it: example.org/get-help, without https:// and www.</summary>
    public string WebShown
    {
        get
        {
            var uri = new Uri(Web);
            var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
            return host + uri.AbsolutePath.TrimEnd('/');
        }
    }
}
