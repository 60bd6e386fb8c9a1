using Microsoft.Extensions.FileProviders;

namespace HumanTraffickingAwareness.Content.Files;

/// <summary>An entry of a folder that is not read, and why (a problem an editor can act on).</summary>
public sealed class RefusedEntry(string name, string problem) : NotFoundFileInfo(name)
{
    public string Problem { get; } = problem;
}
