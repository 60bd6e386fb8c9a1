using System.Text.Json;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>
/// <c>{{ definitions }}</c> shows every definition of content/_definitions/, in order, each with its term in
/// <c>&lt;dfn&gt;</c>, a link to itself, its law and its source. <c>{{ definitions schema }}</c> describes them for
/// search engines as schema.org JSON-LD (a DefinedTermSet).
/// </summary>
public sealed class DefinitionsShortcode(
    IReadOnlyList<Definition> definitions, Languages.SiteLanguage language, TemplateRenderer templates)
    : IShortcodeSource
{
    public string Name => "definitions";

    public string Usage => "{{ definitions }} or {{ definitions schema }}";

    public bool IsBlock => true;

    public string? Render(IReadOnlyList<string> arguments, ShortcodeContext context, out string? error)
    {
        error = null;
        switch (arguments)
        {
            case []:
                return List(Math.Min(context.SectionLevel + 1, 6));
            case ["schema"]:
                return Schema(context.PageTitle);
            default:
                error = "write {{ definitions }} to show them, or {{ definitions schema }} " +
                    "once on the definitions page";
                return null;
        }
    }

    private string List(int level) =>
        templates.Render<DefinitionList>(
            (nameof(DefinitionList.Definitions), definitions), (nameof(DefinitionList.Level), level),
            (nameof(DefinitionList.Text), language.Text), (nameof(DefinitionList.Language), language));

    private string Schema(string name)
    {
        var set = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DefinedTermSet",
            ["@id"] = language.UrlOf(Definition.NeutralPageUrl),
            ["inLanguage"] = language.Code,
            ["name"] = name,
            ["hasDefinedTerm"] = definitions.Select(d => new Dictionary<string, object?>
            {
                ["@type"] = "DefinedTerm",
                ["@id"] = d.Anchor,
                ["name"] = d.Term,
                ["description"] = d.PlainText,
                ["url"] = d.Anchor,
                ["inDefinedTermSet"] = d.PageUrl,
                ["termCode"] = d.Law,
            }.Where(p => p.Value is not null).ToDictionary()).ToList(),
        };

        return templates.Render<DefinitionsSchema>((nameof(DefinitionsSchema.Json), JsonSerializer.Serialize(set)));
    }
}
