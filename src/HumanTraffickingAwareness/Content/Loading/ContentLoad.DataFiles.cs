using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Statistics;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>The two data files at the top of the content folder: site.yml and statistics.yml.</summary>
internal sealed partial class ContentLoad
{
    /// <summary>
    /// site.yml: the folder's own, or its last good version, or, when it has never been good since start-up, the one
    /// this release was built with, so that the hotline is always there to show.
    /// </summary>
    public SiteSettings? ReadSiteSettings()
    {
        var file = Problems.For(DisplayPath(SiteSettingsReader.FileName));
        var yaml = ReadRequired(SiteSettingsReader.FileName, "it holds the hotline's numbers and the menu", file);
        var site = yaml is null ? null : Guarded(file, () => SiteSettingsReader.Read(yaml, file));
        if (site is not null)
        {
            _states[file.Path] = SourceState.Published;
            return site;
        }

        _states[file.Path] = SourceState.LastGoodKept;
        return _previous.Site ?? BuiltIn().Site;
    }

    /// <summary>statistics.yml, when there is one: any mistake keeps its last good version.</summary>
    public HotlineStatistics? ReadStatistics()
    {
        if (!Files.Contains(StatisticsReader.FileName))
        {
            return null;
        }

        var file = Problems.For(DisplayPath(StatisticsReader.FileName));
        var yaml = ReadText(StatisticsReader.FileName, file);
        var statistics = yaml is null ? null : Guarded(file, () => StatisticsReader.Read(yaml, file));
        _states[file.Path] = statistics is not null ? SourceState.Published : _previous.Statistics is not null ? SourceState.LastGoodKept : SourceState.NotShown;
        return statistics ?? _previous.Statistics;
    }
}
