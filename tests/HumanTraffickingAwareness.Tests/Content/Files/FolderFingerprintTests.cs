using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Tests.Content.Files;

/// <summary>
/// The once-a-second look at the content folder survives files that go while it looks: a save that replaces a file,
/// a deleted page. Before, a file deleted between the listing and reading its size ended the whole site's process.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class FolderFingerprintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hta-fingerprint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_deleted_after_the_listing_counts_as_gone_instead_of_ending_the_process()
    {
        var path = Path.Combine(_folder, "statistics.md");
        File.WriteAllText(path, "# Statistics");
        var listed = new DirectoryInfo(_folder).EnumerateFileSystemInfos().Single();
        var before = FolderFingerprint.Describe(listed);

        File.Delete(path);

        Assert.NotNull(before);
        Assert.Null(FolderFingerprint.Describe(new FileInfo(path)));
    }

    [Fact]
    public void Deleting_a_page_changes_the_fingerprint()
    {
        File.WriteAllText(Path.Combine(_folder, "learn.md"), "# Learn");
        File.WriteAllText(Path.Combine(_folder, "help.md"), "# Help");
        var before = FolderFingerprint.Of(_folder);

        File.Delete(Path.Combine(_folder, "help.md"));

        Assert.NotEqual(before, FolderFingerprint.Of(_folder));
    }
}
