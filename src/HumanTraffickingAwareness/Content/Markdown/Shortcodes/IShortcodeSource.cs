namespace HumanTraffickingAwareness.Content.Markdown.Shortcodes;

/// <summary>A family of shortcodes sharing a first word, such as <c>hotline</c>.</summary>
public interface IShortcodeSource
{
    string Name { get; }

    /// <summary>A line for the editors' guide and for error messages: how this shortcode is written.</summary>
    string Usage { get; }

    /// <summary>Returns the HTML for the arguments, or null and an explanation an editor understands.</summary>
    string? Render(IReadOnlyList<string> arguments, out string? error);
}
