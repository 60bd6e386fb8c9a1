using Microsoft.Extensions.FileProviders;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>A folder that exists but could not be listed, and why.</summary>
public sealed class UnreadableFolder(string problem) : NotFoundDirectoryContents
{
    public string Problem { get; } = problem;
}
