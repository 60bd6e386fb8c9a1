using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Yaml;

/// <summary>
/// YAML keeps the last of two equal keys without a word: a second <c>phone:</c> would quietly change the number. Every
/// YAML file the site reads rejects it, pointing at both lines, and its last good version stays.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class DuplicateKeyTests
{
    private readonly InMemoryContent _content = new();

    public static TheoryData<string, string, string> EveryKindOfYamlFile => new()
    {
        { "site.yml", "  phone: 1-888-373-7888", "  phone: 1-800-555-0100" },
        { "statistics.yml", "        cases: 240", "        cases: 2400" },
        { "_languages/es.yml", "  /learn: Infórmese", "  /learn: Aprenda" },
        { "_languages/en.yml", "site_name:", "site_name: Another name" },
        { "learn.md", "title: Learn", "title: Learn more" },
        { "_definitions/sex-trafficking.md", "term: Sex trafficking", "term: Trafficking for sex" },
    };

    [Theory]
    [MemberData(nameof(EveryKindOfYamlFile))]
    public void A_key_given_twice_is_reported_at_both_lines(string file, string firstLine, string again)
    {
        var first = LineOf(file, firstLine);
        InsertAfter(file, firstLine, again);
        var key = again.Trim().Split(':')[0];

        var problem = Assert.Single(_content.Load().Problems, p => p.Path == "content/" + file);

        Assert.Equal(LineOf(file, again), problem.Line);
        Assert.Equal($"'{key}' is given twice, first on line {first}: keep only the right one", problem.Message);
    }

    [Fact]
    public void A_second_phone_in_the_site_file_keeps_the_last_good_number()
    {
        var before = _content.Load();
        InsertAfter("site.yml", "  phone_dial:", "  phone: 1-800-555-0100");

        var after = _content.Load(before);

        Assert.Contains(after.Problems,
            p => p.Path == "content/site.yml" && p.Message.StartsWith("'phone' is given twice",
            StringComparison.Ordinal));
        Assert.Equal("1-888-373-7888", after.Site!.Hotline.PhoneDisplay);
        Assert.Equal("tel:+18883737888", after.Site.Hotline.CallHref);
    }

    [Fact]
    public void A_key_given_twice_before_a_value_nested_50000_deep_is_reported_instead_of_ending_the_site()
    {
        // Finding the first line walks the whole file: a walk as deep as the nesting would overflow the stack, which
        // no catch can stop, and take the site down with every page.
        var first = LineOf("site.yml", "  phone: 1-888-373-7888");
        InsertAfter("site.yml", "  phone: 1-888-373-7888", "  phone: 1-800-555-0100");
        var deep = string.Concat(Enumerable.Repeat(new string('[', 1000) + "\n", 50))
            + string.Concat(Enumerable.Repeat(new string(']', 1000) + "\n", 50));
        _content.Write("site.yml", _content.Read("site.yml") + "deep: " + deep);

        var snapshot = _content.Load();

        var problem = Assert.Single(snapshot.Problems, p => p.Path == "content/site.yml");
        Assert.Equal((first + 1, $"'phone' is given twice, first on line {first}: keep only the right one"),
            (problem.Line, problem.Message));
        Assert.NotNull(snapshot.FindPage("/learn"));
    }

    private int LineOf(string file, string start) =>
        _content.ReadLines(file).ToList().FindIndex(l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    private void InsertAfter(string file, string start, string line)
    {
        var lines = _content.ReadLines(file).ToList();
        var at = lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(at >= 0, $"no line starting '{start}' in {file}");
        lines.Insert(at + 1, line);
        _content.Write(file, string.Join('\n', lines) + "\n");
    }
}
