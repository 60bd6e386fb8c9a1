namespace HumanTraffickingAwareness.Content.Loading;

/// <summary>
/// Which file is the page at an address that two or more files would be (<c>help.md</c> and <c>Help.md</c>,
/// <c>es/help.md</c> and <c>ES/help.md</c>, <c>help.md</c> and <c>help/index.md</c>: addresses are lower case). The one
/// that was the page in the last load keeps it: a file saved beside a live page cannot take its address over. With no
/// last load (start-up, check-content, export) none is: each is a problem naming the others, and the address answers
/// "being updated", with the hotline, until all but one are renamed. Which of two files an editor meant cannot be
/// told from their names, and the first in sort order, which used to win, is an accident of case. The server,
/// check-content and export all load with <see cref="ContentLoader"/>, so they decide alike, here.
/// </summary>
internal static class PageAddresses
{
    /// <param name="claimants">The paths of every page file for the address.</param>
    /// <param name="lastOwner">The path of the page at the address in the last load, if any.</param>
    /// <returns>The path of the file that is the page, or null when none is.</returns>
    public static string? OwnerOf(IReadOnlyList<string> claimants, string? lastOwner) =>
        claimants.Count == 1 ? claimants[0]
        : lastOwner is not null && claimants.Contains(lastOwner, StringComparer.Ordinal) ? lastOwner
        : null;
}
