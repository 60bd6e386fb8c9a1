using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Settings.HelpNearYou;

/// <summary>
/// <c>{{ help-near-you }}</c>, on a line of its own: every region of help-near-you.yml with a heading of its own (its
/// id the region's link) and the list of its entries, in the page's language.
/// </summary>
public sealed class HelpNearYouShortcode(
    HelpDirectory? directory, SiteSettings site, SiteLanguage language, string defaultLanguage,
        TemplateRenderer templates)
    : IShortcodeSource
{
    public const string ShortcodeName = "help-near-you";

    public static readonly string NotReadable =
        $"the list in {HelpNearYouReader.FileName} could not be read (see its own problems)";

    public string Name => ShortcodeName;

    public string Usage => "{{ help-near-you }}";

    public bool IsBlock => true;

    public string? Unavailable => directory is null ? NotReadable : null;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        if (directory is null)
        {
            error = Unavailable;
            return null;
        }

        if (arguments.Count > 0)
        {
            error = "write {{ help-near-you }} alone on its line: it shows every region of "
                + HelpNearYouReader.FileName;
            return null;
        }

        return templates.Render<HelpNearYouList>(
            (nameof(HelpNearYouList.Directory), directory),
            (nameof(HelpNearYouList.OtherLines), site.Channels.OtherLines),
            (nameof(HelpNearYouList.Language), language),
            (nameof(HelpNearYouList.DefaultLanguage), defaultLanguage),
            (nameof(HelpNearYouList.Level), Math.Min(context.SectionLevel + 1, 5)));
    }
}
