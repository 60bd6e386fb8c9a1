using System.Text;
using System.Text.Json;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Templates;

namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>
/// <c>{{ definitions }}</c> shows every definition of content/_definitions/, in order, each with its term in
/// <c>&lt;dfn&gt;</c>, a link to itself, its law and its source. <c>{{ definitions schema }}</c> describes them for search
/// engines as schema.org JSON-LD (a DefinedTermSet).
/// </summary>
public sealed class DefinitionsShortcode(IReadOnlyList<Definition> definitions, Languages.SiteLanguage language) : IShortcodeSource
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
                error = "write {{ definitions }} to show them, or {{ definitions schema }} once on the definitions page";
                return null;
        }
    }

    private string List(int level)
    {
        var text = language.Text;
        var html = new StringBuilder("<div class=\"definitions\">");
        foreach (var definition in definitions)
        {
            var term = HtmlText.Encode(definition.Term);
            html.Append($"<section class=\"definition\" aria-labelledby=\"{definition.Id}\">");
            html.Append($"<div class=\"section-heading section-heading-{level}\">");
            html.Append($"<h{level} id=\"{definition.Id}\"><dfn>{term}</dfn></h{level}>");
            html.Append($"<a class=\"section-link\" href=\"{definition.Anchor}\">{HtmlText.Encode(text.DefinitionLink)}<span class=\"visually-hidden\">: {term}</span></a>");
            html.Append("</div>");
            html.Append(definition.Html);
            html.Append("<p class=\"definition-source\">");
            if (definition.Law is not null)
            {
                html.Append($"{HtmlText.Encode(text.DefinitionLaw)} <a href=\"{HtmlText.Encode(definition.LawUrl)}\" rel=\"noopener noreferrer\"><cite>{HtmlText.Encode(definition.Law)}</cite></a>. ");
            }

            html.Append($"{HtmlText.Encode(text.DefinitionSource)} {HtmlText.Encode(definition.Source)}.</p>");
            html.Append("</section>");
        }

        return html.Append("</div>").ToString();
    }

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

        // The serializer escapes <, > and &, so the JSON cannot close the script element it sits in.
        return $"<script type=\"application/ld+json\">{JsonSerializer.Serialize(set)}</script>";
    }
}
