namespace HumanTraffickingAwareness.Content.Files;

/// <summary>
/// Files a text editor keeps beside the one being edited: vim's swap files (<c>.learn.md.swp</c>, <c>.swx</c>) and the
/// file it writes to test the folder (<c>4913</c>), backups (<c>learn.md~</c>, <c>*.bak</c>, a merge tool's
/// <c>*.orig</c>), Emacs' lock links (<c>.#learn.md</c>) and auto-save files (<c>#learn.md#</c>), other programs'
/// <c>*.tmp</c>, and any hidden file (a name starting with a dot). None is content: the site does not
/// list them, and a change to one is not a reason to read the content again (vim rewrites its swap file every few
/// hundred milliseconds while an editor types, which made about four reloads a second).
/// </summary>
public static class EditorTemporaryFiles
{
    private static readonly string[] Endings = [".swp", ".swx", "~", ".tmp", ".bak", ".orig"];

    /// <param name="name">A file or folder name, without its folder.</param>
    public static bool Is(string name) =>
        name.StartsWith('.')
        || name == "4913"
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || Endings.Any(ending => name.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
}
