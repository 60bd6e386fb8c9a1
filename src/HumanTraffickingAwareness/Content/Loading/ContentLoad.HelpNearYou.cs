using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Settings.HelpNearYou;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>help-near-you.yml, the organisations in Missouri that /help-near-you lists.</summary>
internal sealed partial class ContentLoad
{
    /// <summary>help-near-you.yml, when there is one: any mistake keeps its last good version, as for
    /// statistics.yml.</summary>
    public HelpDirectory? ReadHelpNearYou(SiteSettings site, List<SiteLanguage> languages)
    {
        if (!Files.Contains(HelpNearYouReader.FileName))
        {
            return null;
        }

        var file = Problems.For(DisplayPath(HelpNearYouReader.FileName));
        var yaml = ReadText(HelpNearYouReader.FileName, file);
        var codes = languages.Select(l => l.Code).ToList();
        var directory = yaml is null ? null
            : Guarded(file, () => HelpNearYouReader.Read(yaml, codes, site.Channels.OtherLines, file));
        _states[file.Path] = directory is not null ? SourceState.Published
            : _previous.HelpNearYou is not null ? SourceState.LastGoodKept
            : SourceState.NotShown;
        return directory ?? _previous.HelpNearYou;
    }
}
