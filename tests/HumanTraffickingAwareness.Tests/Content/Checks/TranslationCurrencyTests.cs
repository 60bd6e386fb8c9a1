using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Checks;

/// <summary>Each translation records the English it was made from; a change to the English flags it, and says what
/// changed, until it is translated again and marked current.</summary>
[Trait("Suite", "InProcess")]
public sealed class TranslationCurrencyTests : IDisposable
{
    private const string Changed = "has changed since this translation was made";

    private static readonly string[] HelpTranslations =
        ["content/ar/help.md", "content/bs/help.md", "content/de/help.md", "content/es/help.md", "content/vi/help.md",
            "content/zh-hans/help.md"];

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(_content.PathOf(file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_bundled_translations_are_all_marked_current()
    {
        Assert.DoesNotContain(_content.Load().Warnings,
            w => w.Message.Contains(Changed) || w.Message.Contains("does not say which version"));
    }

    [Fact]
    public void Changing_one_english_paragraph_flags_every_translation_of_that_page_and_no_other()
    {
        _content.Replace("help.md", "You choose which services to use.", "You decide which services to use.");
        var line = LineOf("help.md", "You decide which services to use.");

        var warnings = _content.Load().Warnings.Where(w => w.Message.Contains(Changed)).ToList();

        Assert.Equal(HelpTranslations, warnings.Select(w => w.Path).Order(StringComparer.Ordinal));
        var german = warnings.Single(w => w.Path == "content/de/help.md");
        Assert.Equal(LineOf("de/help.md", "translated_from:"), german.Line);
        Assert.Contains($"changed or new in content/help.md: line {line} \"You decide which services to use.",
            german.Message);
        Assert.Contains("removed: \"You choose which services to use.", german.Message);
        Assert.Contains("check-content --mark-translated de/help.md", german.Message);
    }

    [Fact]
    public void Rewrapping_english_lines_or_changing_lastmod_or_a_checked_date_is_not_a_change()
    {
        // An editor who re-reads a source writes the new day: the words to translate are the same.
        _content.Replace("help.md", "{{ checked 2026-12-04 }}", "{{ checked 2026-12-03 }}");
        _content.Replace("help.md",
            "For anything else, you can reach the {{ hotline name }}. It is free, and it is open {{ hotline hours " +
            "}}. Pick the\nway",
            "For anything else, you can reach the {{ hotline name }}.\n" +
                "It is free, and it is open {{ hotline hours }}. Pick the way");
        _content.Replace("help.md", "lastmod: 2026-12-04", "lastmod: 2026-12-03");

        Assert.DoesNotContain(_content.Load().Warnings, w => w.Message.Contains(Changed));
    }

    [Fact]
    public void A_changed_english_definition_flags_its_spanish_translation()
    {
        _content.Replace("_definitions/coercion.md", "It can be a threat to hurt someone",
            "It can be a threat to harm someone");

        var warning = Assert.Single(_content.Load().Warnings, w => w.Message.Contains(Changed));

        Assert.Equal("content/es/_definitions/coercion.md", warning.Path);
        Assert.Contains("content/_definitions/coercion.md", warning.Message);
    }

    [Fact]
    public void A_changed_english_text_in_en_yml_is_flagged_at_that_text_in_each_language_file()
    {
        _content.Replace("_languages/en.yml", "  get_help: Get help\n", "  get_help: Get help now\n");

        var warnings = _content.Load().Warnings;

        var german = Assert.Single(warnings,
            w => w.Path == "content/_languages/de.yml" && w.Message.StartsWith("text/get_help:",
            StringComparison.Ordinal));
        Assert.Equal(LineOf("_languages/de.yml", "  get_help:"), german.Line);
        Assert.Contains("from \"Get help\" to \"Get help now\"", german.Message);
        Assert.Equal(6,
            warnings.Count(w => w.Path.StartsWith("content/_languages/",
            StringComparison.Ordinal) && w.Message.Contains(Changed)));
        Assert.DoesNotContain(warnings,
            w => w.Path.EndsWith(".md", StringComparison.Ordinal) && w.Message.Contains(Changed));
    }

    [Fact]
    public void A_key_missing_in_a_language_file_is_flagged()
    {
        _content.Replace("_languages/de.yml", "  checked_on: \"Geprüft am {date}\"\n", "");

        Assert.Contains(_content.Load().Warnings,
            w => w.Path == "content/_languages/de.yml" && w.Message.Contains("'checked_on' is not translated yet"));
    }

    [Fact]
    public void A_translation_says_it_was_checked_only_against_the_english_as_it_is_now()
    {
        _content.Replace("help.md", "You choose which services to use.", "You decide which services to use.");

        var (exit, lines) = _content.Check();

        Assert.Equal(0, exit);
        Assert.Contains($"content/de/help.md:{LineOf("de/help.md", "translation:")}: warning: translation: says it " +
            $"was checked, but not against the English as it is now: until the translation is updated and marked " +
            $"current, readers are told it is a machine translation, not checked", lines);
    }

    [Fact]
    public void Marking_a_translation_current_clears_its_warning_and_no_other()
    {
        _content.Replace("help.md", "You choose which services to use.", "You decide which services to use.");

        var (exit,
            output) = _content.Run([HumanTraffickingAwareness.Commands.MarkTranslated.Option, "de/help.md",
            _content.Root]);

        Assert.Equal(0, exit);
        Assert.StartsWith("content/de/help.md: translated_from: ", Assert.Single(output));
        var flagged = _content.Load().Warnings.Where(w => w.Message.Contains(Changed)).Select(w => w.Path).ToList();
        Assert.Equal(HelpTranslations.Where(p => p != "content/de/help.md"), flagged.Order(StringComparer.Ordinal));
        Assert.Contains("You decide which services to use.", _content.Read("_translated-from/de/help.md"));
    }

    [Fact]
    public void Marking_a_file_that_is_not_a_translation_is_refused()
    {
        var (exit,
            output) = _content.Run([HumanTraffickingAwareness.Commands.MarkTranslated.Option, "help.md",
            _content.Root]);

        Assert.Equal(2, exit);
        Assert.Contains("not a translation", Assert.Single(output));
    }
}
