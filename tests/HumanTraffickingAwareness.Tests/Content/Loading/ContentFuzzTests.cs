using System.Text;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;
using HumanTraffickingAwareness.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// Whatever an editor (or a careless tool) saves in the content folder, the loader never throws, check-content gives an
/// exit code, and every address of the site shows the hotline the site says it uses: call, text, 911, in that order.
/// Folders are generated from a seed (printed on failure; CONTENT_FUZZ_SEED replays one), a bounded number of them
/// and for a bounded time.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class ContentFuzzTests
{
    private const int Folders = 4;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    [Fact]
    public async Task Any_content_folder_loads_checks_and_shows_the_configured_hotline_on_every_address()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CONTENT_FUZZ_SEED"),
            out var given) ? given : 20261204;
        var started = DateTime.UtcNow;
        for (var i = 0; i < Folders && DateTime.UtcNow - started < Budget; i++)
        {
            var folderSeed = seed + i;
            try
            {
                await CheckOneFolder(new Random(folderSeed), breakSettings: i % 3 == 2);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"content fuzz failed with seed {folderSeed} (replay: " +
                    $"CONTENT_FUZZ_SEED={folderSeed}): {e}");
            }
        }
    }

    private static async Task CheckOneFolder(Random random, bool breakSettings)
    {
        using var content = new TempContent();
        foreach (var (relative, text) in Generated(random, breakSettings))
        {
            content.Write(relative, text);
        }

        content.Load();
        var (exit, _) = content.Check();
        Assert.True(exit is 0 or 1, $"check-content exited with {exit}");

        using var site = new SiteFactory(content.Root);
        var client = site.CreatePlainClient();
        var snapshot = site.Services.GetRequiredService<LiveSnapshot>().Current;
        Assert.NotNull(snapshot.Site);
        var addresses = snapshot.PagesByUrl.Keys.Concat(snapshot.UnavailableUrls).Append("/no-such-page-here")
            .Distinct().ToList();
        foreach (var address in addresses)
        {
            var path = string.Join('/', address.Split('/').Select(Uri.EscapeDataString));
            var (response, document) = await Html.GetAsync(client, path);
            Assert.True((int)response.StatusCode is 200 or 404 or 503,
                $"{address} answered {(int)response.StatusCode}");
            AssertBannerShows(snapshot, document, address);
        }
    }

    private static void AssertBannerShows(ContentSnapshot snapshot, AngleSharp.Dom.IDocument document, string address)
    {
        var site = snapshot.Site!;
        var banner = document.QuerySelector("aside.hotline");
        Assert.True(banner is not null, $"{address} has no hotline banner");
        var links = banner.QuerySelectorAll("a.hotline-link").ToList();
        var call = links.FindIndex(a => a.GetAttribute("href") == site.Hotline.CallHref);
        var text = links.FindIndex(a => a.GetAttribute("href") == site.Hotline.TextHref);
        var emergency = links.FindIndex(a => a.GetAttribute("href") == site.EmergencyHref);
        Assert.True(call >= 0 && call < text && text < emergency,
            $"{address}: the banner's call, text and 911 links are {call}, {text}, {emergency}");
        Assert.Contains(site.Hotline.PhoneDisplay, links[call].TextContent);
        Assert.Contains(site.Hotline.TextNumber, links[text].TextContent);
        Assert.Contains(site.EmergencyNumber, links[emergency].TextContent);
    }

    private static IEnumerable<(string Relative, string Text)> Generated(Random random, bool breakSettings)
    {
        for (var i = 0; i < 8; i++)
        {
            yield return (Pick(random, PageNames) + (i == 0 ? "" : $"-{i}") + ".md", Page(random));
        }

        // Names that differ from a page's only by case.
        yield return (Pick(random, ["Learn.md", "ES/help.md", "Help.md", "help/index.md", "SIGNS.md"]), Page(random));
        yield return ($"_definitions/{Pick(random, ["fuzz", "Fuzz", "debt-bondage"])}.md", Page(random));
        if (random.Next(2) == 0)
        {
            yield return ("_languages/es.yml",
                Mangle(random, File.ReadAllText(Path.Combine(TempContent.RepositoryContent, "_languages", "es.yml"))));
        }

        if (random.Next(2) == 0)
        {
            yield return ("statistics.yml",
                Mangle(random, File.ReadAllText(Path.Combine(TempContent.RepositoryContent, "statistics.yml"))));
        }

        if (breakSettings)
        {
            yield return ("site.yml",
                Mangle(random, File.ReadAllText(Path.Combine(TempContent.RepositoryContent, "site.yml"))));
        }
    }

    private static readonly string[] PageNames = ["fuzz", "learn", "es/fuzz", "es/learn", "ar/help", "deep/inside/page",
        "ünïcödé"];

    private static string Page(Random random)
    {
        var text = new StringBuilder();
        text.Append(random.Next(6) switch
        {
            0 => "",
            1 => "---\ntitle: [broken\n",
            2 => "---\ntitle: " + Words(random) + "\ntitle: again\ndescription: d\n---\n",
            3 => "\uFEFF---\ntitle: " + Words(random) + "\ndescription: " + Words(random) + "\ndraft: " + Pick(random,
                ["true", "false", "maybe"]) + "\n---\n",
            _ => "---\ntitle: " + Words(random) + "\ndescription: " + Words(random) + "\n---\n",
        });
        for (var block = random.Next(1, 12); block > 0; block--)
        {
            text.Append(Block(random)).Append(random.Next(3) == 0 ? "\n" : "\n\n");
        }

        return text.ToString();
    }

    private static string Block(Random random) => random.Next(12) switch
    {
        0 => new string('>', random.Next(1, 160)) + " " + Words(random),
        1 => string.Concat(Enumerable.Repeat(Pick(random, ["- ", "* ", "1. ", "> - "]),
            random.Next(1, 80))) + Words(random),
        2 => string.Concat(Enumerable.Range(0,
            random.Next(1, 40)).Select(i => new string(' ', 2 * i) + "- " + Words(random) + "\n")),
        3 => new string(Pick(random, ['*', '_', '[']),
            random.Next(1, 300)) + Words(random) + new string(Pick(random, ['*', '_', ']']), random.Next(1, 300)),
        4 => new string('a', random.Next(100, 6000)),
        5 => $"[{Words(random)}]({Pick(random, Links)})",
        6 => Pick(random, Shortcodes),
        7 => "## " + Words(random) + "\n\n#### " + Words(random),
        8 => "| a | b |\n|---|---|\n| " + Words(random) + " | " + Pick(random, Shortcodes) + " |",
        9 => "---\n" + Words(random) + ": [\n---",
        10 => string.Concat(Enumerable.Repeat("*a ", random.Next(1, 1500))),
        _ => Words(random),
    };

    private static readonly string[] Links =
    [
        "tel:+18883737888", "tel:911", "tel:", "tel:+1 (888) 373-7888\u202E", "sms:233733?&body=HELP", "sms:",
            "javascript:alert(1)",
        "JaVaScRiPt:alert(1)", "java\u0000script:x", "data:text/html,x", "/nowhere", "/learn#nothing",
            "https://example.org", "mailto:x@example.org",
        "//evil.example", "#", "", "%", "/%zz",
    ];

    private static readonly string[] Shortcodes =
    [
        "{{ hotline phone }}", "{{ hotline text }}", "{{ hotline nope }}", "{{ hotline missouri-child-abuse phone }}",
            "{{ stat missouri 2021 cases }}",
        "{{ stat nowhere 1900 cases }}", "{{ statistics table us }}", "{{ statistics chart nowhere }}",
            "{{ definitions }}", "{{", "}}", "{{ }}",
        "{{ hotline phone \u200B}}", "{{ " + new string('x', 500) + " }}",
    ];

    /// <summary>A few words from every kind of character: letters of several scripts, controls, format and bidi
    /// controls.</summary>
    private static string Words(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(1, 12); i > 0; i--)
        {
            text.Append(random.Next(8) switch
            {
                0 => (char)random.Next(0x01, 0x20) is var c && c is not '\n' and not '\r' ? c.ToString() : "x",
                1 => Pick(random,
                    ["\u200B", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067",
                    "\u2068", "\u2069", "\u00AD", "\uFEFF", "\u061C"]),
                2 => Pick(random, ["trata", "ayuda", "مساعدة", "帮助", "pomoć", "giúp đỡ", "👋🏽", "\u0085", "\u2028"]),
                3 => Pick(random,
                    ["*", "_", "[", "]", "`", "\\", "<script>", "&amp;", ":", "#", "|", "{{", "}}", "'", "\""]),
                _ => Pick(random, ["help", "the", "hotline", "call", "text", "safe", "work", "money"]),
            });
            text.Append(' ');
        }

        return text.ToString().Trim();
    }

    /// <summary>A data file with a cut, a line of noise, or a key written twice.</summary>
    private static string Mangle(Random random, string yaml) => random.Next(4) switch
    {
        0 => yaml[..random.Next(yaml.Length)],
        1 => yaml.Insert(random.Next(yaml.Length), Words(random) + "\n"),
        2 => yaml + "\n" + yaml,
        _ => yaml.Replace(": ", ":\t" + Words(random) + " ", StringComparison.Ordinal),
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
