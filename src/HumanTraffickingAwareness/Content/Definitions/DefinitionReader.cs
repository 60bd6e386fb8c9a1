using Markdig.Syntax;
using HumanTraffickingAwareness.Content.Languages;
using HumanTraffickingAwareness.Content.Markdown;
using HumanTraffickingAwareness.Content.Markdown.Shortcodes;
using HumanTraffickingAwareness.Content.Problems;
using HumanTraffickingAwareness.Content.Yaml;

namespace HumanTraffickingAwareness.Content.Definitions;

/// <summary>Reads one definition file: front matter (term, law, law_url, source, weight) and the definition's text.</summary>
public static class DefinitionReader
{
    public const string Folder = "_definitions";

    // The statute's official text: the law link must lead there, not to a copy.
    private const string OfficialCode = "https://uscode.house.gov/";

    public static Definition? Read(string id, string markdown, string path, Languages.SiteLanguage language, ShortcodeBinder shortcodes, List<ContentProblem> problems)
    {
        var before = problems.Count;
        var source = MarkdownSource.Parse(markdown, path, problems);
        if (source.Yaml is null)
        {
            return null;
        }

        var line = source.YamlOpeningLine;
        var raw = StrictYaml.Read<DefinitionYaml>(source.Yaml, path, line + 1, problems) ?? new DefinitionYaml();
        if (problems.Count > before)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(raw.Term)) problems.Add(new ContentProblem(path, line, "front matter is missing the required field 'term'"));
        if (string.IsNullOrWhiteSpace(raw.Source)) problems.Add(new ContentProblem(path, line, "front matter is missing the required field 'source' (who gives this definition)"));
        if (raw.Law is not null != raw.LawUrl is not null)
        {
            problems.Add(new ContentProblem(path, line, "'law' and 'law_url' go together: the citation, and the link to its official text"));
        }

        if (raw.LawUrl is not null && !raw.LawUrl.StartsWith(OfficialCode, StringComparison.Ordinal))
        {
            problems.Add(new ContentProblem(path, line, $"'law_url' must link to the official text of the law at {OfficialCode}"));
        }

        if (source.Document.Descendants<HeadingBlock>().Any())
        {
            problems.Add(new ContentProblem(path, line, "a definition has no headings of its own: its term is its heading"));
        }

        var html = source.Render(shortcodes, raw.Term ?? "", language.Text, problems).Html;
        if (problems.Count > before)
        {
            return null;
        }

        var plain = string.Join(" ", source.Document.Descendants<ParagraphBlock>().Select(p => InlineText.Of(p.Inline)));
        return new Definition(id, raw.Term!.Trim(), raw.Weight ?? 0, raw.Law?.Trim(), raw.LawUrl?.Trim(), raw.Source!.Trim(), html, plain, path, language.UrlOf(Definition.NeutralPageUrl)) { SourceText = markdown };
    }
}
