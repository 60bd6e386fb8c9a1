using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Languages;

/// <summary>What an editor or translator does to the language files and folders, and what the site and checker
/// say.</summary>
[Trait("Suite", "InProcess")]
public sealed class LanguagesTests : IDisposable
{
    // Tests of what the loader makes of the files use a copy in memory; those that run check-content or the site, one
    // on disk (made only when asked for).
    private readonly InMemoryContent _memory = new();
    private TempContent? _disk;

    private TempContent Disk => _disk ??= new TempContent();

    public void Dispose() => _disk?.Dispose();

    private (int Exit, string[] Lines) Check() => Disk.Check();

    [Fact]
    public void A_page_not_yet_translated_is_a_warning_naming_the_missing_file_not_a_failure()
    {
        File.Delete(Disk.PathOf("es/safety.md"));
        // A link to the missing page would be a problem of its own: /es/help, /es/help-near-you and the Easy Read
        // page link there.
        Disk.Replace("es/help.md", "[Navegar con seguridad](/es/safety)", "Navegar con seguridad");
        Disk.Replace("es/help-near-you.md", "[Navegar con seguridad](/es/safety)", "Navegar con seguridad");
        Disk.Replace("es/easy-read/help.md", "[cómo usar este sitio web de forma más segura](/es/safety)",
            "cómo usar este sitio web de forma más segura");

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Single(lines, l => l.Contains("content/es/safety.md", StringComparison.Ordinal));
        Assert.Contains(lines,
            l => l.StartsWith("content/safety.md:1: warning: there is no Español version of this page yet " +
            "(content/es/safety.md)", StringComparison.Ordinal));
        Assert.Contains($"{lines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal))} warning", lines[^1]);
    }

    [Fact]
    public void A_page_only_in_spanish_is_reported_too()
    {
        Disk.Write("es/voluntariado.md", "---\ntitle: Voluntariado\ndescription: Cómo ayudar.\n---\n\nGracias.\n");

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/es/voluntariado.md:1: warning: there is no English version of this page yet " +
            "(content/voluntariado.md)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definition_not_yet_translated_is_reported()
    {
        _memory.Write("_definitions/debt-bondage.md",
            "---\nterm: Debt bondage\nweight: 6\nsource: National Human Trafficking Hotline\n" +
            "source_url: https://humantraffickinghotline.org/en/human-trafficking\nchecked: 2026-11-25\n---\n\n" +
            "A test definition.\n");

        var snapshot = _memory.Load();

        Assert.Empty(snapshot.Problems);
        Assert.Contains(snapshot.Warnings,
            w => w.Path == "content/_definitions/debt-bondage.md"
            && w.Message.Contains("content/es/_definitions/debt-bondage.md"));
    }

    [Fact]
    public async Task A_page_missing_in_spanish_points_spanish_readers_to_the_english_one()
    {
        Disk.Write("volunteer.md", "---\ntitle: Volunteer\ndescription: How to help.\n---\n\nThank you.\n");
        using var site = new SiteFactory(Disk.Root);

        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/es/volunteer");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Esta página aún no está en español", document.QuerySelector("h1")!.ReadableText());
        var link = document.QuerySelector("main .translations a")!;
        Assert.Equal("/volunteer", link.GetAttribute("href"));
        Assert.Equal("Volunteer", link.ReadableText());
        Assert.Equal("en", link.ParentElement!.GetAttribute("lang"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_page_missing_in_english_points_english_readers_to_the_spanish_one()
    {
        Disk.Write("es/voluntariado.md", "---\ntitle: Voluntariado\ndescription: Cómo ayudar.\n---\n\nGracias.\n");
        using var site = new SiteFactory(Disk.Root);

        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), "/voluntariado");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("This page is not in English yet", document.QuerySelector("h1")!.ReadableText());
        Assert.Equal("/es/voluntariado", document.QuerySelector("main .translations a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Adding_a_language_is_a_language_file_and_a_folder_of_pages()
    {
        var french = Disk.Read("_languages/en.yml")
            .Replace("name: English", "name: Français")
            .Replace("culture: en-US", "culture: fr-FR")
            .Replace("site_name: Human Trafficking Awareness",
                "site_name: Sensibilisation à la traite des êtres humains")
            .Replace("not_found_title: Page not found", "not_found_title: Page introuvable");
        Disk.Write("_languages/fr.yml", french);
        Disk.Write("fr/index.md",
            "---\ntitle: Accueil\ndescription: La traite des êtres humains.\n---\n\n" +
            "Bonjour. Appelez le {{ hotline phone }}.\n");
        using var site = new SiteFactory(Disk.Root);
        var client = site.CreatePlainClient();

        var (response, home) = await Html.GetAsync(client, "/fr");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("fr", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sensibilisation à la traite des êtres humains",
            home.QuerySelector("header a.site-name")!.ReadableText());
        Assert.NotNull(home.QuerySelector("main a[href='tel:+18883737888']"));
        var switchNames = home.QuerySelectorAll("header .language-switch a").Select(a => a.ReadableText()).ToList();
        Assert.Contains("English", switchNames);
        Assert.Contains("Español", switchNames);

        var english = await Html.GetPageAsync(client, "/");
        Assert.Contains(english.QuerySelectorAll("header .language-switch a"),
            a => a.GetAttribute("href") == "/fr" && a.ReadableText() == "Français");
        Assert.Equal("Page introuvable",
            (await Html.GetAsync(client, "/fr/nulle-part")).Document.QuerySelector("h1")!.ReadableText());
        Assert.Contains(Disk.Load().Warnings,
            w => w.Path == "content/learn.md" && w.Message.Contains("content/fr/learn.md"));
    }

    [Fact]
    public void A_text_missing_from_a_translation_falls_back_to_the_default_language_and_is_reported()
    {
        _memory.Replace("_languages/es.yml", "  copy_link: Copiar enlace\n", "");

        var snapshot = _memory.Load();

        Assert.Empty(snapshot.Problems);
        Assert.Equal("Copy link", snapshot.Languages.Single(l => l.Code == "es").Text.CopyLink);
        Assert.Contains(snapshot.Warnings,
            w => w.Path == "content/_languages/es.yml" && w.Message.Contains("'copy_link' is not translated yet"));
    }

    [Fact]
    public void A_text_missing_from_the_default_language_is_a_problem()
    {
        Disk.Replace("_languages/en.yml", "  copy_link: Copy link\n", "");

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^content/_languages/en\.yml:\d+: text: missing 'copy_link'"));
    }

    [Fact]
    public void A_translation_that_drops_a_number_the_site_fills_in_is_rejected_and_the_last_good_words_kept()
    {
        var good = _memory.Load();
        _memory.Replace("_languages/es.yml", "call_emergency: Llame al {number}",
            "call_emergency: Llame a emergencias");

        var snapshot = _memory.Load(good);

        Assert.Contains(snapshot.Problems,
            p => p.Path == "content/_languages/es.yml"
            && p.Message.Contains("'call_emergency' must contain these {names}: {number}"));
        Assert.Equal("Llame al {number}", snapshot.Languages.Single(l => l.Code == "es").Text.CallEmergency);
    }

    [Fact]
    public void A_broken_language_file_is_reported_with_its_line_and_its_pages_stay_in_their_language()
    {
        var good = _memory.Load();
        _memory.Replace("_languages/es.yml", "name: Español", "name: [Español");

        var snapshot = _memory.Load(good);

        Assert.Contains(snapshot.Problems, p => p.Path == "content/_languages/es.yml" && p.Line > 1);
        Assert.Equal("es", snapshot.FindPage("/es/learn")!.Language);
        Assert.Equal("Salir de esta página", snapshot.LanguageOf("/es/learn").Text.ExitPage);
    }

    [Fact]
    public void A_missing_default_language_file_is_named()
    {
        File.Delete(Disk.PathOf("_languages/en.yml"));

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/_languages/en.yml:1: this required file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_text_key_is_reported_on_its_line_and_the_last_good_words_kept()
    {
        var good = _memory.Load();
        _memory.Replace("_languages/es.yml", "  copy_link: Copiar enlace\n", "  copy_lnk: Copiar enlace\n");

        var snapshot = _memory.Load(good);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(("content/_languages/es.yml", 67, "unknown field 'copy_lnk' (check its spelling)"),
            (problem.Path, problem.Line, problem.Message));
        Assert.Equal("Copiar enlace", snapshot.Languages.Single(l => l.Code == "es").Text.CopyLink);
    }

    [Fact]
    public void A_culture_the_server_does_not_know_is_reported()
    {
        _memory.Replace("_languages/es.yml", "culture: es-US", "culture: xx-Nowhere");

        Assert.Contains(_memory.Load().Problems,
            p => p.Path == "content/_languages/es.yml" && p.Message.StartsWith("culture: 'xx-Nowhere'",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_no_fluent_reader_has_checked_is_listed_with_the_line_that_says_so()
    {
        Disk.Replace("es/learn.md", "translation: machine translation, not checked\n", "");

        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/ar/help.md:6: warning: this translation has not been checked by a fluent " +
            "reader yet", StringComparison.Ordinal));
        Assert.Contains(lines,
            l => l.StartsWith("content/es/learn.md:1: warning: this translation does not say how it was made and " +
            "checked", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_checked_by_a_fluent_reader_is_not_listed()
    {
        Disk.Replace("de/help.md", "translation: machine translation, checked by back-translation",
            "translation: checked by a fluent reader");

        var (_, lines) = Check();

        // Only the fluent-reader warning is in question: an English change the translation has not caught up with
        // is warned about at the same line, and is a separate matter.
        Assert.DoesNotContain(lines, l => l.StartsWith("content/de/help.md:6:", StringComparison.Ordinal)
            && l.Contains("has not been checked by a fluent reader", StringComparison.Ordinal));
    }

    [Fact]
    public void A_translation_line_the_site_does_not_know_is_a_problem_with_its_line()
    {
        Disk.Replace("de/help.md", "translation: machine translation, checked by back-translation",
            "translation: google");

        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines,
            l => l.StartsWith("content/de/help.md:6: translation: 'google' is not one of: machine translation, not " +
            "checked;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_language_with_only_some_pages_is_one_warning_not_one_per_page()
    {
        var (_, lines) = Check();

        Assert.Single(lines,
            l => l.StartsWith("content/_languages/vi.yml:1: warning: Tiếng Việt has 1 of ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("content/vi/learn.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direction_other_than_ltr_or_rtl_is_reported_with_its_line()
    {
        _memory.Replace("_languages/ar.yml", "direction: rtl ", "direction: right ");

        Assert.Contains(_memory.Load().Problems,
            p => p.Path == "content/_languages/ar.yml" && p.Line == 10
            && p.Message.StartsWith("direction: 'right' must be ltr", StringComparison.Ordinal));
    }
}
