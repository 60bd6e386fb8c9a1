using System.Text;
using HumanTraffickingAwareness.Content.Files;

namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Which file is the page at an address that two or more files would be (<c>help.md</c> and <c>Help.md</c>,
/// <c>es/help.md</c> and <c>ES/help.md</c>, <c>help.md</c> and <c>help/index.md</c>: addresses are lower case; and
/// <c>café.md</c> saved once with é as one character and once as e plus an accent, which look the same). The one that
/// was the page in the last load keeps it: a file saved beside a live page cannot take its address over. With no last
/// load (start-up, check-content, export), the one file whose name is the address's own spelling (lower case, é as one
/// character, <c>help.md</c> rather than <c>help/index.md</c>) is the page, and the others are problems: a stray
/// <c>Help.md</c> and a restart must not take /help down. When no file or more than one is spelled so, none is: each
/// is a problem naming the others, and the address answers "being updated", with the hotline, until all but one are
/// renamed. The server, check-content and export all load with <see cref="SnapshotLoader"/>, so they decide alike,
/// here.
/// </summary>
internal static class PageAddresses
{
    /// <summary>What two files' addresses are compared on: addresses are lower case already, and an accent may be
    /// saved as one character or as a letter and a combining mark (macOS does the latter), which look the
    /// same.</summary>
    public static string Key(string url) => url.Normalize(NormalizationForm.FormC);

    /// <param name="address">The <see cref="Key"/> the files share.</param>
    /// <param name="claimants">The paths, relative to the content folder, of every page file for the address.</param>
    /// <param name="lastOwner">The relative path of the page at the address in the last load, if any.</param>
    /// <returns>The relative path of the file that is the page, or null when none is.</returns>
    public static string? OwnerOf(string address, IReadOnlyList<string> claimants, string? lastOwner) =>
        claimants.Count == 1 ? claimants[0]
        : lastOwner is not null && claimants.Contains(lastOwner, StringComparer.Ordinal) ? lastOwner
        // The one whose name is exactly how the address is written: help.md for /help.
        : claimants.Where(path => path.Replace('\\', '/') == UrlPaths.ToRelativeFile(address)).ToList() is [var only]
            ? only
        : null;
}
