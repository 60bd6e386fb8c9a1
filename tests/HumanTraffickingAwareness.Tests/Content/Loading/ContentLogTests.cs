using Serilog.Events;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>
/// What an operator reads in the log while editors save: each load's count of problems and warnings, and each warning
/// in full once, when it first appears, rather than every warning again on every save.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class ContentLogTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public ContentLogTests()
    {
        _site = new SiteFactory(_content.Root);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private List<LogEvent> Loads() => _site.Logs.Events.Where(e => e.MessageTemplate.Text.StartsWith("Content version",
        StringComparison.Ordinal)).ToList();

    private List<string> Warnings() => _site.Logs.Events
        .Where(e => e.MessageTemplate.Text.StartsWith("Content warning", StringComparison.Ordinal))
        .Select(e => e.RenderMessage()).ToList();

    [Fact]
    public async Task A_save_logs_the_count_of_warnings_but_not_again_each_warning_already_logged()
    {
        await _site.CreatePlainClient().GetAsync("/healthz");
        var first = Warnings();
        Assert.NotEmpty(first);
        Assert.Equal(first.Count, first.Distinct().Count());

        // A change that is no change to the English words, so no translation of learn.md goes out of date.
        _content.Replace("learn.md", "lastmod: 2026-11-25", "lastmod: 2026-11-26");
        await Eventually.ReturnsAsync(() => Task.FromResult(Loads()), loads => loads.Count >= 2,
            "the reload after the save");

        Assert.Equal(first, Warnings());
        Assert.Equal(first.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Loads()[^1].Properties["WarningCount"].ToString());
    }

    [Fact]
    public async Task A_new_warning_is_logged_once_when_it_first_appears()
    {
        await _site.CreatePlainClient().GetAsync("/healthz");
        var first = Warnings();

        // A translated page no fluent reader has checked yet: a warning of its own.
        _content.Write("de/signs.md", "---\ntitle: Anzeichen\ndescription: Woran man Menschenhandel erkennt.\n" +
            "translation: machine translation, checked by back-translation\n---\n\nAnzeichen.\n");
        await Eventually.ReturnsAsync(() => Task.FromResult(Warnings()),
            warnings => warnings.Any(w => w.Contains("content/de/signs.md:")), "the new warning");
        // A change that is no change to the English words, so no translation of learn.md goes out of date.
        _content.Replace("learn.md", "lastmod: 2026-11-25", "lastmod: 2026-11-26");
        await Eventually.ReturnsAsync(() => Task.FromResult(Loads()), loads => loads.Count >= 3,
            "the reload after the next save");

        var now = Warnings();
        // The new page's warnings (not checked by a fluent reader, not tied to its English), each logged once.
        var newOnes = now.Where(w => w.Contains("content/de/signs.md:")).ToList();
        Assert.NotEmpty(newOnes);
        Assert.Equal(newOnes.Distinct().Count(), newOnes.Count);
        Assert.All(first, warning => Assert.Single(now, w => w == warning));
    }
}
