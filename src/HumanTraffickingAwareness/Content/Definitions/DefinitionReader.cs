using Markdig.Syntax;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>Reads one definition file: front matter (term, law, law_url, source, source_url, checked,
/// weight) and the definition's text.</summary>
public static class DefinitionReader
{
    public const string Folder = "_definitions";

    // The statute's official text: the law link must lead there, not to a copy.
    private const string OfficialCode = "https://uscode.house.gov/";

    /// <param name="problems">This file's, with none yet: the definition is only returned when none are added.</param>
    public static Definition? Read(
        string id, string markdown, Languages.SiteLanguage language, ShortcodeBinder shortcodes, FileProblems problems)
    {
        var path = problems.Path;
        var source = MarkdownSource.Parse(markdown, problems);
        if (source.Yaml is null)
        {
            return null;
        }

        var line = source.YamlOpeningLine;
        var raw = StrictYaml.Read<DefinitionYaml>(source.Yaml, line + 1, problems) ?? new DefinitionYaml();
        if (problems.HasAny)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(raw.Term)) problems.Add(
            line, "front matter is missing the required field 'term'");
        if (string.IsNullOrWhiteSpace(raw.Source)) problems.Add(
            line, "front matter is missing the required field 'source' (who gives this definition)");
        if (raw.Law is not null != raw.LawUrl is not null)
        {
            problems.Add(line, "'law' and 'law_url' go together: the citation, and the link to its official text");
        }

        if (raw.LawUrl is not null && !raw.LawUrl.StartsWith(OfficialCode, StringComparison.Ordinal))
        {
            problems.Add(line, $"'law_url' must link to the official text of the law at {OfficialCode}");
        }

        var translatedFrom = raw.TranslatedFrom?.Trim();
        if (translatedFrom is not null && !TranslatedFrom.IsWellFormed(translatedFrom))
        {
            problems.Add(line, $"translated_from: '{translatedFrom}' is not a version of the English definition: let " +
                "check-content --mark-translated write it");
        }

        if (raw.LawUrl is not null && raw.SourceUrl is not null)
        {
            problems.Add(line, "write 'source_url' only for a definition without 'law_url': the law's " +
                "official text is its source");
        }

        var yamlLines = YamlKeyLines.Of(source.Yaml, line + 1);
        var fact = Facts.FactFields.Read($"definition '{raw.Term?.Trim()}'", raw.LawUrl ?? raw.SourceUrl, raw.Checked,
            yamlLines.LineOf(raw.LawUrl is null ? "source_url" : "law_url") ?? yamlLines.LineOf("source")
                ?? line, yamlLines.LineOf("checked"), problems,
            raw.LawUrl is null ? "source_url" : "law_url");

        if (source.Document.Descendants<HeadingBlock>().Any())
        {
            problems.Add(line, "a definition has no headings of its own: its term is its heading");
        }

        var rendered = source.Render(shortcodes, raw.Term ?? "", language.Text, problems);
        var html = rendered.Html;
        if (problems.HasAny)
        {
            return null;
        }

        var plain = string.Join(" ", source.Document.Descendants<ParagraphBlock>()
            .Select(p => InlineText.Of(p.Inline)));
        return new Definition(id, raw.Term!.Trim(), raw.Weight
            ?? 0, raw.Law?.Trim(), raw.LawUrl?.Trim(), raw.Source!.Trim(), html, plain, path,
            language.UrlOf(Definition.NeutralPageUrl))
        {
            SourceText = markdown,
            Checked = raw.Checked,
            TranslatedFrom = translatedFrom,
            TranslatedFromLine = yamlLines.LineOf(TranslatedFrom.Field) ?? line,
            Facts = [fact!, .. Facts.PageFacts.Of(path, rendered)],
        };
    }
}
