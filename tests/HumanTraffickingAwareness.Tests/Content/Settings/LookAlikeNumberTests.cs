using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Settings;

/// <summary>
/// What a fresh attacker found after the first round: characters that are no control or format character but still
/// change how a number looks (a combining stroke, a look-alike letter, a line separator), a number or a word hidden in
/// an entity or after the number of a link, and a number typed into a translation. Each is refused at its file.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class LookAlikeNumberTests
{
    private readonly InMemoryContent _content = new();

    private List<string> ProblemsIn(string path) =>
        _content.Load().Problems.Where(p => p.Path == path).Select(p => $"{p.Line}: {p.Message}").ToList();

    [Theory]
    [InlineData("  phone: 1-888-373-7888", "  phone: \"1-888-373-7888\\u0338\"", "may hold only digits")]
    [InlineData("  phone: 1-888-373-7888", "  phone: \"1-888-373-7888\\u20E3\"", "may hold only digits")]
    [InlineData("  phone: 1-888-373-7888", "  phone: \"1-888\\u2007373-7888\"", "may hold only digits")]
    [InlineData("  phone: 1-888-373-7888", "  phone: \"1-888\\u2028-373-7888\"", "U+2028 (LINE SEPARATOR)")]
    [InlineData("    phone: 1-800-392-3738", "    phone: \"１-800-392-3738\"", "may hold only digits")]
    [InlineData("  text_keyword: HELP", "  text_keyword: \"H\\u0415LP\"", "ASCII letters and digits only")]
    [InlineData("  text_keyword: HELP", "  text_keyword: ＨＥＬＰ", "ASCII letters and digits only")]
    [InlineData("  text_keyword: HELP", "  text_keyword: HELP or STOP", "ASCII letters and digits only")]
    [InlineData("  text_keyword_also: INFO", "  text_keyword_also: \"INF\\u041E\"", "ASCII letters and digits only")]
    public void A_number_or_word_that_would_look_other_than_it_dials_is_refused_in_site_yml(string line, string with,
        string message)
    {
        _content.Replace("site.yml", line, with);

        Assert.Contains(ProblemsIn("content/site.yml"), p => p.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Call [&#x31;-888-373-7888](tel:+8883737888).", "shows 1-888-373-7888 but dials +8883737888")]
    [InlineData("Or [1-888-373-7888&#x30;](tel:+18883737888).", "shows 1-888-373-78880")]
    [InlineData("[1-888-373-7888 ext 7](tel:+18883737888;ext=9)", "with ';ext=9' after it")]
    [InlineData("[Call 1-888-373-7888](tel:+18883737888%3Bext%3D9)", "with ';ext=9' after it")]
    [InlineData("[Text HELP to 233733](sms:233733?body=STOP)", "with '?body=STOP' after it")]
    [InlineData("A &#x202E; 1-888-373-7888.", "the entity &#x202E; is the invisible character U+202E")]
    [InlineData("Here &rlm; too.", "the entity &rlm; is the invisible character U+200F")]
    public void A_page_cannot_hide_another_number_or_a_direction_mark_in_an_entity_or_after_the_number(string body,
        string message)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n\n" + body + "\n");

        var problem = Assert.Single(ProblemsIn("content/test.md"));
        Assert.StartsWith("6: ", problem);
        Assert.Contains(message, problem);
    }

    [Theory]
    [InlineData("[Text HELP to 233733](sms:233733?&body=HELP)")]
    [InlineData("[Text HELP to 233733](sms:233733?body=HELP)")]
    [InlineData("[Call 1-800-THE-LOST](tel:+18008435678)")]
    [InlineData("[Call &#x31;-888-373-7888](tel:+18883737888)")]
    public void A_link_that_sends_what_it_shows_still_passes(string body)
    {
        _content.Write("test.md", "---\ntitle: Test\ndescription: A test page\n---\n\n" + body + "\n");

        Assert.Empty(ProblemsIn("content/test.md"));
    }

    [Theory]
    [InlineData("es.yml", "  call: ", "  call: Llame al 1-800-555-0100, o al")]
    [InlineData("ar.yml", "  share_image_alt: ",
        "  share_image_alt: \"{site}: {hotline} {phone} {text} ١-٨٠٠-٥٥٥-٠١٩٩\"")]
    public void A_translation_cannot_type_a_number_of_its_own(string file, string keyStart, string with)
    {
        var path = $"_languages/{file}";
        var line = _content.ReadLines(path).Single(l => l.StartsWith(keyStart, StringComparison.Ordinal));
        _content.Replace(path, line + "\n", with + "\n");

        Assert.Contains(ProblemsIn($"content/{path}"), p => p.Contains("holds the number", StringComparison.Ordinal));
    }
}
