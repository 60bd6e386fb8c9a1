namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// content/site.yml and content/_languages/ as this release was built with them (embedded in the assembly): what the
/// site falls back on when the content folder's own files cannot be read and no good version was loaded before, so
/// that no page, not even the "being updated" one, is ever without the hotline.
/// </summary>
public static class BuiltInContent
{
    public static string? Read(string relative)
    {
        using var stream = typeof(BuiltInContent).Assembly.GetManifestResourceStream("built-in/" + relative);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }
}
