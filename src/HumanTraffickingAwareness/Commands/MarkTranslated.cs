using System.Text;
using HumanTraffickingAwareness.Content.Checks;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>check-content --mark-translated FILE [PATH]</c>: says a translation now matches its English as it is, by writing
/// the English's version as <c>translated_from:</c> in the translation, and keeping a copy of that English in
/// <c>_translated-from/</c> (by the translation's path) so that a later check can name the paragraphs that change.
/// </summary>
public static class MarkTranslated
{
    public const string Option = "--mark-translated";

    /// <param name="file">The translation, inside the content folder: de/help.md, es/_definitions/coercion.md or
    /// _languages/de.yml.</param>
    /// <param name="defaultLanguage">The code of the language translations are made from (site.yml's language).</param>
    public static int Run(string root, string file, string defaultLanguage, TextWriter output)
    {
        var folderName = Path.GetFileName(root);
        var relative = Relative(root, file);
        var translation = Path.Combine(root, relative);
        var parts = relative.Split('/');
        // Only a file inside the content folder: never a path that climbs out of it.
        string? english = parts.Any(p => p is "" or "." or "..") ? null : parts switch
        {
            [LanguageReader.Folder, var name]
                when name.EndsWith(".yml", StringComparison.Ordinal) && name != $"{defaultLanguage}.yml"
                => $"{LanguageReader.Folder}/{defaultLanguage}.yml",
            [var code, .. var rest]
                when rest.Length > 0 && relative.EndsWith(".md", StringComparison.Ordinal) && code != defaultLanguage
                    && File.Exists(Path.Combine(root, LanguageReader.Folder, code + ".yml"))
                => string.Join('/', rest),
            _ => null,
        };
        if (english is null || !File.Exists(translation))
        {
            output.WriteLine($"{folderName}/{relative}: not a translation in this content folder; "
                + "name one such as de/help.md, es/_definitions/coercion.md or _languages/de.yml");
            return 2;
        }

        if (!File.Exists(Path.Combine(root, english)))
        {
            output.WriteLine($"{folderName}/{relative}: there is no {folderName}/{english} " +
                "it could be translated from");
            return 2;
        }

        var englishText = File.ReadAllText(Path.Combine(root, english));
        var isLanguageFile = english.EndsWith(".yml", StringComparison.Ordinal);
        var version = EnglishVersion.Of(
            isLanguageFile ? EnglishVersion.OfLanguageFile(englishText) : EnglishVersion.OfMarkdown(englishText));
        var text = File.ReadAllText(translation);
        var marked = isLanguageFile ? MarkLanguageFile(text, version) : MarkFrontMatter(text, version);
        if (marked is null)
        {
            output.WriteLine($"{folderName}/{relative}:1: the file has no front matter to write translated_from: in");
            return 1;
        }

        File.WriteAllText(translation, marked);
        var copy = Path.Combine(root, TranslatedFrom.CopiesFolder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, englishText);
        output.WriteLine($"{folderName}/{relative}: translated_from: {version}, the version of " +
            $"{folderName}/{english} as it is "
            + $"now; its text is kept in {folderName}/{TranslatedFrom.CopiesFolder}/{relative}, to name the " +
                "paragraphs that change next.");
        return 0;
    }

    private static string Relative(string root, string file)
    {
        var full = Path.GetFullPath(file);
        var inRoot = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)
            ? Path.GetRelativePath(root, full)
            : file;
        var relative = inRoot.Replace('\\', '/').TrimStart('/');
        var prefix = Path.GetFileName(root) + "/";
        return relative.StartsWith(prefix, StringComparison.Ordinal) && !File.Exists(Path.Combine(root, relative))
            ? relative[prefix.Length..]
            : relative;
    }

    /// <summary>
    /// The page with <c>translated_from:</c> set in its front matter (after <c>translation:</c>, when new).
    /// </summary>
    private static string? MarkFrontMatter(string text, string version)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return null;
        }

        var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            return null;
        }

        var line = $"{TranslatedFrom.Field}: {version}";
        var existing = lines.FindIndex(1, close - 1, l =>
            l.StartsWith(TranslatedFrom.Field + ":", StringComparison.Ordinal));
        var translation = lines.FindIndex(1, close - 1, l => l.StartsWith("translation:", StringComparison.Ordinal));
        if (existing >= 0) lines[existing] = line;
        else lines.Insert(translation >= 0 ? translation + 1 : close, line);
        return string.Join('\n', lines);
    }

    /// <summary>The language file with a top-level <c>translated_from:</c>: at its end when new, so that no text moves
    /// to another line.</summary>
    private static string MarkLanguageFile(string text, string version)
    {
        var line = $"{TranslatedFrom.Field}: {version}";
        var lines = text.Split('\n').ToList();
        var existing = lines.FindIndex(l => l.StartsWith(TranslatedFrom.Field + ":", StringComparison.Ordinal));
        if (existing >= 0)
        {
            lines[existing] = line;
            return string.Join('\n', lines);
        }

        return text.TrimEnd('\n')
            + "\n\n# The version of the English file this was translated from: check-content " +
                "--mark-translated writes it.\n"
            + line + "\n";
    }
}
