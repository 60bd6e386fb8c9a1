using System.Text;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Sharing.ShareImages;

/// <summary>
/// check-content's warning for a character of a language's link-preview image that no shipped font has (a Korean
/// word, an emoji): the image is still served, with an empty box where the character would be, so it is a warning at
/// the language file's line, not a problem that stops the content.
/// </summary>
public static class ShareImageGlyphCheck
{
    public static IEnumerable<ContentProblem> Warnings(ContentSnapshot snapshot, string contentRoot)
    {
        if (snapshot.Site is not { } site)
        {
            yield break;
        }

        foreach (var language in snapshot.Languages)
        {
            var card = ShareCard.For(site, language);
            var faces = ShareImageFonts.For(card);
            var lines = KeyLines(contentRoot, language.Code);
            (string Key, string Text, bool Bold)[] fields =
            [
                ("site_name", card.SiteName, true), ("hotline_name", card.HotlineName, false),
                ("text/call", card.Call, true), ("text/text_keyword_to", card.Text, true),
            ];
            foreach (var (key, text, bold) in fields)
            {
                var missing = Missing(text, faces, bold);
                if (missing.Count > 0)
                {
                    var characters = string.Join(", ", missing.Select(r => $"'{r}' (U+{r.Value:X4})"));
                    yield return new ContentProblem(language.SourcePath, lines?.LineOf(key) ?? 1,
                        $"{key.Split('/')[^1]}: no font of the link-preview image "
                        + $"({ShareImageEndpoints.PathFor(language)}) has {characters}: "
                        + "the image shows an empty box there "
                        + $"(its fonts: {string.Join(", ", ShareImageFonts.All)}; "
                        + "docs/architecture.md, \"Link-preview images\")");
                }
            }
        }
    }

    /// <summary>The characters of <paramref name="text"/> none of <paramref name="faces"/> draws, each once.</summary>
    public static IReadOnlyList<Rune> Missing(string text, IReadOnlyList<ShareFace> faces, bool bold) =>
        ShareTextShaper.Choices(text, faces, bold)
            .Where(c => !Invisible(c.Character) && !ShareFace.Draws(c.Typeface, c.Character))
            .Select(c => c.Character).Distinct().ToList();

    /// <summary>A space, or what HarfBuzz draws as nothing (a joiner, a direction mark): no font needs it.</summary>
    private static bool Invisible(Rune r) =>
        Rune.IsWhiteSpace(r) || Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.Control;

    /// <summary>The lines of the language file's keys, read again only to point at them; null if unreadable.</summary>
    private static YamlKeyLines? KeyLines(string contentRoot, string code)
    {
        try
        {
            return YamlKeyLines.Of(File.ReadAllText(Path.Combine(contentRoot, LanguageReader.Folder, code + ".yml")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
