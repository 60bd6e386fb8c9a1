namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Where the site's own static files (wwwroot/: the stylesheet, script, icon, share images) are, for checking links to
/// them: beside the dll once published, the repository's wwwroot/ in a development build, wherever the content is.
/// </summary>
public static class SiteAssetsFolder
{
    public static string? Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "wwwroot");
            if (File.Exists(Path.Combine(candidate, "css", "site.css")))
            {
                return candidate;
            }
        }

        return null;
    }
}
