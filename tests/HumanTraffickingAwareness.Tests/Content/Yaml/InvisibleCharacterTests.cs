using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Yaml;

/// <summary>
/// An invisible character can make a number read differently without changing what it dials: U+202E in
/// 1-888-373-7888 shows 1-888-8887-373 on the banner and the poster. Every YAML value and every page body refuses
/// direction controls and other invisible characters, naming the file, line and character; the last good version stays.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class InvisibleCharacterTests
{
    private readonly InMemoryContent _content = new();

    public static TheoryData<string, string, string, string> EveryKindOfYamlValue => new()
    {
        // Written as YAML's escape, as an editor copying from a chat might; and as the character itself.
        { "site.yml", "  phone: 1-888-373-7888", "  phone: \"1-888-\\u202E373-7888\"",
            "U+202E (RIGHT-TO-LEFT OVERRIDE)" },
        { "site.yml", "  phone: 1-888-373-7888", "  phone: 1-888\u200F373-7888", "U+200F (RIGHT-TO-LEFT MARK)" },
        { "site.yml", "  text_keyword: HELP", "  text_keyword: \"HELP\\u202E\"", "U+202E (RIGHT-TO-LEFT OVERRIDE)" },
        { "site.yml", "    phone: 1-800-392-3738", "    phone: 1-800-\u2066392-3738",
            "U+2066 (LEFT-TO-RIGHT ISOLATE)" },
        { "statistics.yml", "    name: Missouri", "    name: Miss\u202Eouri", "U+202E (RIGHT-TO-LEFT OVERRIDE)" },
        { "_languages/en.yml", "hotline_name: National Human Trafficking Hotline",
            "hotline_name: National\u200B Hotline", "U+200B (ZERO WIDTH SPACE)" },
        { "_languages/ar.yml", "  main_menu: القائمة الرئيسية", "  main_menu: \"القائمة \\u202Dالرئيسية\"",
            "U+202D (LEFT-TO-RIGHT OVERRIDE)" },
        { "learn.md", "title: Learn", "title: \"Le\\u0007arn\"", "U+0007" },
        { "learn.md", "title: Learn", "title: Learn\U000E0041", "U+E0041" },
        { "_definitions/coercion.md", "term: Coercion", "term: Coer\u2067cion", "U+2067 (RIGHT-TO-LEFT ISOLATE)" },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfYamlValue))]
    public void An_invisible_character_in_any_yaml_value_is_refused_at_its_line(string file, string line,
        string written, string named)
    {
        var at = LineOf(file, line);
        _content.Replace(file, line, written);

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/" + file);

        Assert.Equal(at, problem.Line);
        Assert.Contains($"the invisible character {named}", problem.Message);
    }

    [Fact]
    public void A_reversed_phone_number_is_refused_and_the_banner_keeps_the_number_as_it_was()
    {
        var before = _content.Load();
        _content.Replace("site.yml", "  phone: 1-888-373-7888", "  phone: \"1-888-\\u202E373-7888\"");

        var after = _content.Load(before);

        Assert.Contains(after.Problems, p => p.Path == "content/site.yml");
        Assert.Equal("1-888-373-7888", after.Site!.Hotline.PhoneDisplay);
    }

    [Fact]
    public void A_line_of_a_block_of_text_is_reported_where_it_is()
    {
        _content.Replace("statistics.yml", "note: Unfortunately, many cases of human trafficking go unreported.",
            "note: |\n  Unfortunately, many cases\n  go unre\u202Eported.");

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/statistics.yml");

        Assert.Equal(LineOf("statistics.yml", "  go unre"), problem.Line);
    }

    [Fact]
    public void A_joiner_between_letters_is_allowed_in_words_but_never_beside_a_digit()
    {
        // Persian writes "می‌خواهم" with a zero-width non-joiner between two letters; a number has no use for one.
        _content.Replace("_languages/en.yml", "hotline_name: National Human Trafficking Hotline",
            "hotline_name: National می\u200Cخواهم Hotline");
        Assert.DoesNotContain(_content.Load().Problems, p => p.Path == "content/_languages/en.yml");

        _content.Replace("site.yml", "  phone: 1-888-373-7888", "  phone: 1-888\u200D-373-7888");
        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/site.yml");
        Assert.Contains("U+200D (ZERO WIDTH JOINER)", problem.Message);
    }

    [Theory]
    [InlineData("\u202E", "U+202E (RIGHT-TO-LEFT OVERRIDE)")]
    [InlineData("\u2069", "U+2069 (POP DIRECTIONAL ISOLATE)")]
    [InlineData("\u200E", "U+200E (LEFT-TO-RIGHT MARK)")]
    [InlineData("\uFEFF", "U+FEFF")]
    [InlineData("\U000E0041", "U+E0041")]
    public void A_direction_control_in_a_page_body_is_refused_at_its_line(string character, string named)
    {
        var line = "- It happens in every state, and in Missouri too. Many cases are never reported.";
        var at = LineOf("learn.md", line);
        _content.Replace("learn.md", line, "- Call 1-888-" + character + "373-7888 today.");

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/learn.md");

        Assert.Equal(at, problem.Line);
        Assert.Contains(named, problem.Message);
    }

    [Fact]
    public void Joiners_and_soft_hyphens_in_a_page_body_are_prose_and_allowed()
    {
        _content.Replace("learn.md", "Many cases are never reported.",
            "Many cases are never re\u00ADported; می\u200Cخواهم.");

        Assert.DoesNotContain(_content.Load().Problems, p => p.Path == "content/learn.md");
    }

    private int LineOf(string file, string start) =>
        _content.ReadLines(file).ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
}
