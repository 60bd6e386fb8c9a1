using Microsoft.Extensions.Configuration;
using HumanTraffickingAwareness.Content.Settings;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>Where the editors' content folder is.</summary>
public static class ContentLocation
{
    public const string ConfigurationKey = "Content:Path";

    /// <summary>
    /// <c>Content:Path</c> when set (relative paths are taken from the working directory). Otherwise the nearest
    /// <c>content/</c> holding a site.yml at or above the app's own folder: beside the dll once published, the
    /// repository's own folder in a development build, whatever the working directory.
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content");
            if (File.Exists(Path.Combine(candidate, Content.Settings.SiteSettingsReader.FileName)))
            {
                return candidate;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "content");
    }
}
