using Microsoft.Extensions.FileProviders;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>An entry of a folder that is not read, and why (a problem an editor can act on).</summary>
public sealed class RefusedEntry(string name, string problem) : IFileInfo
{
    public string Problem { get; } = problem;

    public bool Exists => false;

    public bool IsDirectory => false;

    public long Length => -1;

    public string? PhysicalPath => null;

    public string Name { get; } = name;

    public DateTimeOffset LastModified => default;

    public Stream CreateReadStream() => throw new FileNotFoundException(Problem, Name);
}
