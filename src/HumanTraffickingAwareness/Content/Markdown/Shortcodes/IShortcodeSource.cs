using Markdig.Syntax;
using HumanTraffickingAwareness.Content.Problems;

namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>A family of shortcodes sharing a first word, such as <c>hotline</c>.</summary>
public interface IShortcodeSource
{
    string Name { get; }

    /// <summary>A line for the editors' guide and for error messages: how this shortcode is written.</summary>
    string Usage { get; }

    /// <summary>
    /// True when the shortcode renders a block (a table, a chart) and must stand on a line of its own.
    /// </summary>
    bool IsBlock { get; }

    /// <summary>
    /// Why none of this family's shortcodes can render right now (its data file has problems), or null. The page is
    /// then told once, rather than once per shortcode.
    /// </summary>
    string? Unavailable => null;

    /// <summary>Returns the HTML for the arguments, or null and an explanation an editor understands.</summary>
    string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error);

    /// <summary>
    /// A check of the whole page this family's data makes possible, once its shortcodes are resolved.
    /// </summary>
    void Check(MarkdownDocument document, FileProblems problems)
    {
    }
}

/// <summary>Where in the page a shortcode stands.</summary>
/// <param name="SectionLevel">
/// The level of the heading the shortcode is under: 1 under the page title, 2 under a ##.
/// </param>
/// <param name="PageTitle">The title of the page (or the term of the definition) the shortcode is in.</param>
/// <param name="InsideLink">True in the words of a link (<c>[call {{ hotline phone }}](/help)</c>): what is shown
/// there must not be a link itself, which HTML does not allow inside another.</param>
public sealed record ShortcodeContext(int SectionLevel, string PageTitle, bool InsideLink = false);
