using HumanTraffickingAwareness.Content.Definitions;
using HumanTraffickingAwareness.Content.Facts;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Settings.HelpNearYou;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>Every fact of the folder, and which of them are due to be read again at their source.</summary>
internal static class FactsStep
{
    /// <param name="pages">Every page as written this time (a page kept from before for a problem has its facts
    /// reviewed as the editor wrote them now).</param>
    public static IReadOnlyList<Fact> Review(LoadContext load, SiteSettings site, HotlineStatistics? statistics,
        List<Definition> definitions, List<ContentPage> pages,
        HelpDirectory? helpNearYou)
    {
        var facts = site.Facts
            .Concat(statistics?.Source.Fact is { } figures ? [figures] : [])
            .Concat(definitions.SelectMany(d => d.Facts))
            .Concat(helpNearYou?.Facts ?? [])
            // A {{ checked }} after today has already been refused where it is written.
            .Concat(pages.SelectMany(p => PageFacts.Of(p.SourcePath, p.Rendered)).Where(f => f.Checked <= load.Today))
            .ToList();
        FactReview.Check(facts, load.Today, site.FactReviewMonths, load.Problems);
        return FactReview.OldestFirst(facts);
    }
}
