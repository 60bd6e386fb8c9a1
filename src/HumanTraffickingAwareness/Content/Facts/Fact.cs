namespace HumanTraffickingAwareness.Content.Facts;

/// <summary>
/// Something a reader could act on (a number, opening hours, a statute's words, a figure, what another organisation
/// does), where it was read and when someone last read it there. check-content warns once it is older than site.yml's
/// <c>fact_review_months</c>, and <c>check-content --facts</c> lists every one, oldest first.
/// </summary>
/// <param name="Path">The content file it is written in, as problems name it.</param>
/// <param name="Line">Where its <c>checked</c> date is written.</param>
/// <param name="What">What the fact is, as an editor recognises it: "hotline: phone, tty, hours".</param>
/// <param name="Source">Where to read it again: an address, or the page's own words when it gives none.</param>
public sealed record Fact(string Path, int Line, string What, string Source, DateOnly Checked);
