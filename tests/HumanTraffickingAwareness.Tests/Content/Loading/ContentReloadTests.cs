using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>An editor saves a file; the running site follows without a restart, and never shows a broken
/// page.</summary>
[Trait("Suite", "InProcess")]
public sealed class ContentReloadTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public ContentReloadTests()
    {
        _site = new SiteFactory(_content.Root);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task A_saved_edit_shows_on_the_site_without_a_restart()
    {
        var client = _site.CreatePlainClient();
        Assert.Contains("Who is Vulnerable?", await client.GetStringAsync("/learn"));

        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is at Risk?");

        await Eventually.ReturnsAsync(() => client.GetStringAsync("/learn"),
            html => html.Contains("id=\"who-is-at-risk\""), "the edited heading");
    }

    [Fact]
    public async Task A_new_file_becomes_a_page_and_a_deleted_one_disappears()
    {
        var client = _site.CreatePlainClient();

        _content.Write("volunteer.md", "---\ntitle: Volunteer\ndescription: How to help\n---\nThank you.\n");
        await Eventually.ReturnsAsync(() => client.GetAsync("/volunteer"), r => r.IsSuccessStatusCode, "the new page");

        File.Delete(_content.PathOf("volunteer.md"));
        await Eventually.ReturnsAsync(() => client.GetAsync("/volunteer"), r => (int)r.StatusCode == 404,
            "the page to be gone");
    }

    [Fact]
    public async Task A_broken_edit_is_logged_with_path_and_line_and_the_last_good_page_stays()
    {
        var client = _site.CreatePlainClient();
        await client.GetStringAsync("/learn");

        _content.Replace("learn.md", "description: What human trafficking is",
            "description: [What human trafficking is");

        await Eventually.ReturnsAsync(() => Task.FromResult(_site.Logs.AsText().ToList()),
            logs => logs.Any(l => l.Contains("content/learn.md:3:")), "the problem to be logged");
        var (response, document) = await Html.GetAsync(client, "/learn");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Learn", document.QuerySelector("h1")!.ReadableText());
        Assert.NotNull(document.GetElementById("who-is-vulnerable"));
    }

    [Fact]
    public async Task Changing_the_number_in_the_site_file_changes_the_banner_everywhere()
    {
        var client = _site.CreatePlainClient();

        // Both forms of the number in one save: a shown number that the dialled one does not match is refused.
        _content.Write("site.yml", _content.Read("site.yml")
            .Replace("phone: 1-888-373-7888", "phone: 1-800-555-0100", StringComparison.Ordinal)
            .Replace("phone_dial: \"+18883737888\"", "phone_dial: \"+18005550100\"", StringComparison.Ordinal));

        await Eventually.ReturnsAsync(() => client.GetStringAsync("/"),
            html => html.Contains("1-800-555-0100", StringComparison.Ordinal), "the new number on /");
        var learn = await Html.GetPageAsync(client, "/learn");
        Assert.NotNull(learn.QuerySelector("aside.hotline a[href='tel:+18005550100']"));
        Assert.NotNull(learn.QuerySelector("main a[href='tel:+18005550100']"));
    }

    [Fact]
    public async Task Changing_a_figure_in_the_data_file_changes_the_learn_and_statistics_pages()
    {
        var client = _site.CreatePlainClient();

        _content.Replace("statistics.yml", "contacts: 6166", "contacts: 6200");

        await Eventually.ReturnsAsync(() => client.GetStringAsync("/learn"), html => html.Contains(">6,200<"),
            "the new figure on /learn");
        var statistics = await Html.GetPageAsync(client, "/statistics");
        Assert.Contains("6,200", statistics.QuerySelectorAll("#table-missouri td").Select(td => td.ReadableText()));
        Assert.DoesNotContain("6,166", statistics.QuerySelector("main")!.ReadableText());
    }

    [Fact]
    public async Task Bad_figures_are_logged_and_the_last_good_figures_stay_in_service()
    {
        var client = _site.CreatePlainClient();

        _content.Replace("statistics.yml", "contacts: 6166", "contacts: many");

        await Eventually.ReturnsAsync(() => Task.FromResult(_site.Logs.AsText().ToList()),
            logs => logs.Any(l => l.Contains("content/statistics.yml:") && l.Contains("not a whole number")),
                "the problem to be logged");
        Assert.Contains(">6,166<", await client.GetStringAsync("/learn"));
        Assert.Contains("6,166",
            (await Html.GetPageAsync(client,
            "/statistics")).QuerySelectorAll("#table-missouri td").Select(td => td.ReadableText()));
    }

    [Fact]
    public async Task Readers_never_see_a_torn_page_while_an_editor_saves_repeatedly()
    {
        var client = _site.CreatePlainClient();
        var original = _content.Read("learn.md");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // When the machine is so busy that the editor's save (two writes 5 ms apart) stalls longer than the poller's
        // quiet period (150 ms) and the load, the half file is, for all the site can know, a finished save, and it
        // stays shown while the saves go on: a short page after such a stall is not counted against the site.
        var longPauses = new System.Collections.Concurrent.ConcurrentBag<TimeSpan>();
        var quickSaves = 0;

        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                // Write in two steps, as some editors do, so a reader could catch the file half-written.
                var text = original.Replace("## Who is Vulnerable?", $"## Who is Vulnerable? ({i})");
                // The whole save, from the moment the file is emptied: a stall anywhere in it leaves a part file.
                var saving = clock.Elapsed;
                await using (var file = new FileStream(_content.PathOf("learn.md"), FileMode.Create, FileAccess.Write,
                    FileShare.ReadWrite))
                {
                    var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                    await file.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                    await file.FlushAsync();
                    await Task.Delay(5);
                    await file.WriteAsync(bytes.AsMemory(bytes.Length / 2));
                    if (clock.Elapsed - saving > TimeSpan.FromMilliseconds(100))
                    {
                        longPauses.Add(saving);
                    }
                    else
                    {
                        quickSaves++;
                    }
                }

                await Task.Delay(20);
            }
        });

        var reads = 0;
        var torn = new List<(TimeSpan At, string Missing)>();
        while (!stop.IsCancellationRequested)
        {
            var asked = clock.Elapsed;
            var document = await Html.GetPageAsync(client, "/learn");
            var main = document.QuerySelector("main")!.ReadableText();
            foreach (var expected in new[] { "Who are the Traffickers?", "Unless otherwise noted" })
            {
                if (!main.Contains(expected, StringComparison.Ordinal))
                {
                    torn.Add((asked, expected));
                }
            }

            reads++;
        }

        await writer;
        Assert.True(reads > 10, $"only {reads} reads happened");
        Assert.True(quickSaves > 10,
            $"only {quickSaves} saves were quick enough to test anything ({longPauses.Count} paused too long)");
        var unexplained = torn.Where(t => !longPauses.Any(stall => stall <= t.At)).ToList();
        Assert.True(unexplained.Count == 0,
            $"{unexplained.Count} of {reads} reads showed a torn page, missing for example " +
            $"'{unexplained.FirstOrDefault().Missing}'");
    }
}
