using Microsoft.Extensions.FileProviders;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>A folder that exists but could not be listed, and why.</summary>
public sealed class UnreadableFolder(string problem) : IDirectoryContents
{
    public string Problem { get; } = problem;

    public bool Exists => true;

    public IEnumerator<IFileInfo> GetEnumerator() => Enumerable.Empty<IFileInfo>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
