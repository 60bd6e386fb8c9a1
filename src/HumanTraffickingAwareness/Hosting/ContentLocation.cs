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
        if (configuration[ConfigurationKey] is { } configured && !string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null
            && !File.Exists(Path.Combine(folder.FullName, "content", Content.Settings.SiteSettingsReader.FileName)))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "content");
    }
}
