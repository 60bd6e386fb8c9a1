using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// A private copy of the repository's content/ held in memory, for tests that change a few files and load them: the
/// loader reads it through <see cref="IFileProvider"/> as it reads the folder on disk, without the disk. Tests of the
/// disk itself (links, permissions, pipes, a folder that goes away, check-content, a running site) use
/// <see cref="TempContent"/>.
/// </summary>
public sealed class InMemoryContent : IFileProvider
{
    private static readonly Lazy<Dictionary<string, byte[]>> Repository = new(() =>
        Directory.EnumerateFiles(TempContent.RepositoryContent, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(TempContent.RepositoryContent, f).Replace('\\', '/'),
                File.ReadAllBytes, StringComparer.Ordinal));

    private readonly Dictionary<string, byte[]> _files;

    public InMemoryContent(bool copyRepositoryContent = true)
    {
        _files = copyRepositoryContent ? new(Repository.Value, StringComparer.Ordinal) : new(StringComparer.Ordinal);
    }

    /// <summary>Loads these files as the site would, after <paramref name="previous"/> (nothing loaded before, by
    /// default).</summary>
    public ContentSnapshot Load(ContentSnapshot? previous = null) =>
        new SnapshotLoader(this, "content").Load(previous ?? ContentSnapshot.Empty);

    public string Read(string relative) => Encoding.UTF8.GetString(_files[relative]);

    public string[] ReadLines(string relative) => Read(relative).Split('\n') is var lines
        && lines[^1].Length == 0 ? lines[..^1] : lines;

    public void Write(string relative, string text) => _files[relative] = Encoding.UTF8.GetBytes(text);

    public void WriteBytes(string relative, byte[] bytes) => _files[relative] = bytes;

    public void Delete(string relative) => Assert.True(_files.Remove(relative), $"{relative} was not there");

    /// <summary>Replaces text in a file, failing loudly if the text is not there (so a test cannot silently do
    /// nothing).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        Assert.Contains(oldText, text);
        Write(relative, text.Replace(oldText, newText));
    }

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(Normalize(subpath), out var bytes) ? new MemoryFile(Path.GetFileName(subpath),
            bytes) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath)
    {
        var folder = Normalize(subpath);
        var prefix = folder.Length == 0 ? "" : folder + "/";
        if (folder.Length > 0 && !_files.Keys.Any(f => f.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return NotFoundDirectoryContents.Singleton;
        }

        var entries = _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .GroupBy(f => f.Key[prefix.Length..].Split('/')[0])
            .Select(g => g.Count() == 1 && g.Single().Key == prefix + g.Key
                ? (IFileInfo)new MemoryFile(g.Key, g.Single().Value)
                : new MemoryFolder(g.Key))
            .ToList();
        return new Contents(entries);
    }

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private static string Normalize(string subpath) => subpath.Replace('\\', '/').Trim('/');

    private sealed class MemoryFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public bool IsDirectory => false;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified { get; } = DateTimeOffset.UnixEpoch;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }

    private sealed class MemoryFolder(string name) : IFileInfo
    {
        public bool Exists => true;

        public bool IsDirectory => true;

        public long Length => -1;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public Stream CreateReadStream() => throw new InvalidOperationException("a folder cannot be read as a file");
    }

    private sealed class Contents(List<IFileInfo> entries) : IDirectoryContents
    {
        public bool Exists => true;

        public IEnumerator<IFileInfo> GetEnumerator() => entries.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
