namespace HumanTraffickingAwareness.Content.Checks;

/// <summary>
/// Which English paragraphs changed between the copy a translation was made from and the English now: the ones now
/// that the copy does not have (changed or new), and the copy's that are gone. Paragraphs with a key (a front-matter
/// field, a language file's text) are compared by key; the others in order, by their longest common sequence.
/// </summary>
public static class EnglishChanges
{
    /// <returns>
    /// The paragraphs of <paramref name="now"/> that are changed or new, and the texts of <paramref name="then"/> that
    /// are gone.
    /// </returns>
    public static (IReadOnlyList<EnglishParagraph> ChangedOrNew, IReadOnlyList<EnglishParagraph> Removed) Between(
        IReadOnlyList<EnglishParagraph> then, IReadOnlyList<EnglishParagraph> now)
    {
        var thenKeyed = then.Where(p => p.Key is not null).ToDictionary(p => p.Key!, StringComparer.Ordinal);
        var nowKeys = now.Where(p => p.Key is not null).Select(p => p.Key!).ToHashSet(StringComparer.Ordinal);
        var changed = now.Where(p => p.Key is not null
            && (!thenKeyed.TryGetValue(p.Key, out var old) || old.Text != p.Text)).ToList();
        var removed = then.Where(p => p.Key is not null && !nowKeys.Contains(p.Key)).ToList();

        var a = then.Where(p => p.Key is null).ToList();
        var b = now.Where(p => p.Key is null).ToList();
        // The longest common sequence of the two texts' paragraphs: what is outside it changed.
        var length = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                length[i, j] = a[i].Text == b[j].Text ? length[i + 1, j + 1] + 1
                    : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < a.Count || j < b.Count;)
        {
            if (i < a.Count && j < b.Count && a[i].Text == b[j].Text)
            {
                i++;
                j++;
            }
            else if (j < b.Count && (i == a.Count || length[i, j + 1] >= length[i + 1, j]))
            {
                changed.Add(b[j++]);
            }
            else
            {
                removed.Add(a[i++]);
            }
        }

        return (changed.OrderBy(p => p.Line).ToList(), removed);
    }

    /// <summary>
    /// " Changed or new in content/help.md: line 45 "1. A trained...", ...; removed: "..."." for a warning.
    /// </summary>
    public static string Describe(
        IReadOnlyList<EnglishParagraph> then, IReadOnlyList<EnglishParagraph> now, string englishPath)
    {
        var (changed, removed) = Between(then, now);
        var parts = new List<string>();
        if (changed.Count > 0)
        {
            parts.Add($"changed or new in {englishPath}: "
                + string.Join(", ", changed.Select(p => $"line {p.Line} {Start(p)}")));
        }

        if (removed.Count > 0)
        {
            parts.Add("removed: " + string.Join(", ", removed.Select(Start)));
        }

        return parts.Count == 0 ? "" : " " + string.Join("; ", parts) + ".";
    }

    private static string Start(EnglishParagraph paragraph)
    {
        var text = paragraph.Key is null ? paragraph.Text : $"{paragraph.Key}: {paragraph.Text}";
        return text.Length <= 50 ? $"\"{text}\"" : $"\"{text[..47].TrimEnd()}...\"";
    }
}
