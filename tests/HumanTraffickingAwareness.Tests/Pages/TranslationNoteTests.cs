using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages;

/// <summary>A translated page says at its top how it was translated, honestly: once its English has changed, it is
/// "not checked", whatever its front matter claims; and it links to the English page.</summary>
[Trait("Suite", "InProcess")]
public sealed class TranslationNoteTests : IDisposable
{
    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    private async Task<AngleSharp.Dom.IElement?> NoteOf(string url)
    {
        using var site = new SiteFactory(_content.Root);
        var document = await Html.GetPageAsync(site.CreatePlainClient(), url);
        return document.QuerySelector("article .translation-note");
    }

    [Fact]
    public async Task A_translated_page_says_how_it_was_checked_and_links_to_the_english()
    {
        var note = await NoteOf("/de/help") ?? throw new InvalidOperationException("no note");

        Assert.Equal("Diese Seite wurde maschinell übersetzt und geprüft, indem sie zurück ins Englische übersetzt " +
            "wurde. Auf Englisch lesen", note.ReadableText());
        Assert.Equal("/help", note.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("en", note.QuerySelector("a")!.GetAttribute("hreflang"));
    }

    [Fact]
    public async Task It_says_not_checked_once_the_english_changed()
    {
        _content.Replace("help.md", "You choose which services to use.", "You decide which services to use.");

        var note = await NoteOf("/de/help");

        Assert.Equal("Diese Seite wurde maschinell übersetzt und noch nicht geprüft. Auf Englisch lesen",
            note!.ReadableText());
    }

    [Fact]
    public async Task An_english_page_has_no_translation_note()
    {
        Assert.Null(await NoteOf("/help"));
    }
}
