using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Settings;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// What no file, however broken, may do: take the others down. Any exception while one file is read (a page, a
/// definition, a language file, site.yml, statistics.yml) is that file's problem, at its line when the exception knows
/// it; the file's last good version stays. And the site always has a hotline to show: when no site.yml and default
/// language could be had at all, the ones this release was built with.
/// </summary>
internal sealed partial class ContentLoad
{
    /// <summary>Reads one file with <paramref name="read"/>; an exception is a problem of that file, and gives null.</summary>
    private static T? Guarded<T>(FileProblems file, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            file.Add(LineOf(e), $"this file could not be read ({e.GetType().Name}: {e.Message}): please tell a developer, and meanwhile change what you changed last");
            return default;
        }
    }

    // YamlDotNet knows where it stopped; other readers do not say.
    private static int LineOf(Exception e) =>
        e is YamlDotNet.Core.YamlException yaml ? Math.Max((int)yaml.Start.Line, 1) : 1;

    /// <summary>After a load that failed as a whole (a fault of the site, not of one file): what was shown stays, and the
    /// fault is a problem of the content folder, so /healthz and the log say so.</summary>
    public ContentSnapshot AfterFailure(Exception e)
    {
        var folder = Problems.For(DisplayPath(""));
        folder.Add(1, $"the content could not be loaded ({e.GetType().Name}: {e.Message}): please tell a developer; the last good content stays");
        _states[folder.Path] = SourceState.LastGoodKept;
        return KeepingWhatWasLoaded();
    }

    /// <summary>
    /// site.yml and the default language as this release was built with them: what "being updated" pages show when
    /// nothing better was ever loaded, so that no address is ever without the hotline.
    /// </summary>
    private (SiteSettings? Site, SiteLanguage? Language) BuiltIn()
    {
        var display = DisplayPath(SiteSettingsReader.FileName);
        var site = Guarded(new FileProblems(display),
            () => BuiltInContent.Read(SiteSettingsReader.FileName) is { } yaml ? SiteSettingsReader.Read(yaml, new FileProblems(display)) : null);
        var language = site is null ? null : Guarded(new FileProblems(display),
            () => BuiltInContent.Read($"{LanguageReader.Folder}/{site.Language}.yml") is { } yaml
                ? LanguageReader.Read(site.Language, yaml, null, new FileProblems(display))
                : null);
        return (site, language);
    }
}
