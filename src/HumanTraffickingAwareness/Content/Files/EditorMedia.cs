namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Pictures and documents editors add live with the content, in <c>content/media/</c>, and are served at
/// <c>/media/...</c> as they are saved: no build or deployment is needed for a new picture. Only these kinds of file
/// are served; SVG is left out on purpose, as an SVG file can carry script.
/// </summary>
public static class EditorMedia
{
    public const string Folder = "media";

    public const string UrlPrefix = "/" + Folder + "/";

    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string,
        string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".pdf"] = "application/pdf",
    };

    public static bool IsServed(string fileName) => ContentTypes.ContainsKey(Path.GetExtension(fileName));
}
