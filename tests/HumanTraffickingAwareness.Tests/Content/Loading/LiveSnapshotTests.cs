using Microsoft.Extensions.Logging.Abstractions;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Content.Loading;

/// <summary>What readers are shown changes in one step, and only to content read while its files stood still.</summary>
[Trait("Suite", "InProcess")]
public sealed class LiveSnapshotTests
{
    private readonly InMemoryContent _content = new();

    [Fact]
    public void A_load_during_which_the_files_changed_is_not_shown()
    {
        var library = new LiveSnapshot(new SnapshotLoader(_content, "content"), NullLogger<LiveSnapshot>.Instance);
        var shown = library.Current;
        _content.Replace("learn.md", "## Who is Vulnerable?", "## Who Is at Risk?");

        Assert.False(library.Reload(settled: () => false));
        Assert.Same(shown, library.Current);
        Assert.Contains("Who is Vulnerable?", library.Current.FindPage("/learn")!.Html);

        Assert.True(library.Reload(settled: () => true));
        Assert.Contains("Who Is at Risk?", library.Current.FindPage("/learn")!.Html);
    }
}
