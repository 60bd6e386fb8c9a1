using Mono.Cecil;
using Mono.Cecil.Cil;
using HumanTraffickingAwareness.Tests.Infrastructure;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Snapshot;

namespace HumanTraffickingAwareness.Tests.Content;

/// <summary>
/// The folders of Content/ depend on each other in one direction only, so a newcomer can follow a page from its
/// file to its bytes without going round in circles. Read from the compiled code (every type a method touches), not
/// from using lines, which a partly qualified name slips past.
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class FolderDependencyTests
{
    private const string ContentNamespace = "HumanTraffickingAwareness.Content";

    [Fact]
    public void No_two_folders_of_Content_depend_on_each_other_even_through_others()
    {
        var edges = ContentFolderEdges();
        var cycles = Cycles(edges.Keys.Select(e => e.From).Concat(edges.Keys.Select(e => e.To)).Distinct(), edges);

        Assert.True(cycles.Count == 0, "folders depending on each other in a circle:\n" + string.Join("\n", cycles.Select(cycle =>
            string.Join(" -> ", cycle) + "\n  because " + string.Join("\n  and ", Witnesses(cycle, edges)))));
    }

    /// <summary>The order docs/architecture.md lists them in: a folder may only use folders before it.</summary>
    private static readonly string[] ReadmeOrder =
        ["Problems", "Files", "Yaml", "Templates", "Languages", "Markdown", "Facts", "Settings", "Statistics", "Definitions", "Snapshot", "Checks", "ReadingLevel", "Loading"];

    [Fact]
    public void Each_folder_uses_only_the_folders_the_readme_lists_before_it()
    {
        var folders = Directory.GetDirectories(Path.Combine(TempContent.RepositoryRoot, "src", "HumanTraffickingAwareness", "Content")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ReadmeOrder.Order(StringComparer.Ordinal), folders);
        var readme = File.ReadAllText(Path.Combine(TempContent.RepositoryRoot, "docs", "architecture.md"));
        Assert.Equal(ReadmeOrder, ReadmeOrder.OrderBy(folder => readme.IndexOf($"- `{folder}/`", StringComparison.Ordinal)));

        var backwards = ContentFolderEdges().Where(e => Array.IndexOf(ReadmeOrder, e.Key.To) > Array.IndexOf(ReadmeOrder, e.Key.From)).Select(e => e.Value).ToList();
        Assert.True(backwards.Count == 0, "folders using a folder listed after them:\n" + string.Join("\n", backwards));
    }

    [Fact]
    public void The_loading_folder_is_the_only_one_that_knows_them_all()
    {
        // A sanity check of the reader itself: a dependency that certainly exists is seen.
        var edges = ContentFolderEdges();
        Assert.Contains(edges.Keys, e => e is { From: "Loading", To: "Markdown" });
        Assert.Contains(edges.Keys, e => e is { From: "Statistics", To: "Languages" });
        Assert.DoesNotContain(edges.Keys, e => e.From != "Loading" && e.To == "Loading");
    }

    private static Dictionary<(string From, string To), string> ContentFolderEdges()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(SnapshotLoader).Assembly.Location);
        var edges = new Dictionary<(string From, string To), string>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var used in TypesUsedBy(type))
            {
                if (FolderOf(used) is { } to && to != from)
                {
                    edges.TryAdd((from, to), $"{Outermost(type).FullName} uses {Outermost(used).FullName}");
                }
            }
        }

        return edges;
    }

    /// <summary>The folder right under Content/ a type lives in (Markdown for Content.Markdown.Shortcodes), or null.</summary>
    private static string? FolderOf(TypeReference type)
    {
        var ns = Outermost(type).Namespace;
        if (!ns.StartsWith(ContentNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return ns[(ContentNamespace.Length + 1)..].Split('.')[0];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        var element = type.GetElementType();
        while (element.DeclaringType is { } outer)
        {
            element = outer;
        }

        return element;
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        if (type.BaseType is { } baseType)
        {
            foreach (var t in Expand(baseType)) yield return t;
        }

        foreach (var t in type.Interfaces.SelectMany(i => Expand(i.InterfaceType))) yield return t;
        foreach (var t in type.Fields.SelectMany(f => Expand(f.FieldType))) yield return t;
        foreach (var t in type.Properties.SelectMany(p => Expand(p.PropertyType))) yield return t;
        foreach (var method in type.Methods)
        {
            foreach (var t in Expand(method.ReturnType)) yield return t;
            foreach (var t in method.Parameters.SelectMany(p => Expand(p.ParameterType))) yield return t;
            if (!method.HasBody)
            {
                continue;
            }

            foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType))) yield return t;
            foreach (var instruction in method.Body.Instructions)
            {
                var operand = instruction.Operand switch
                {
                    TypeReference t => Expand(t),
                    MethodReference m => Expand(m.DeclaringType).Concat(Expand(m.ReturnType)).Concat(m.Parameters.SelectMany(p => Expand(p.ParameterType)))
                        .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
                    FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
                    _ => [],
                };
                foreach (var t in operand) yield return t;
            }
        }
    }

    // List<ContentPage> uses ContentPage; ContentPage[] and ref ContentPage too.
    private static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        if (type is GenericParameter)
        {
            yield break;
        }

        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments.SelectMany(Expand)) yield return argument;
        }

        if (type is TypeSpecification specification)
        {
            foreach (var element in Expand(specification.ElementType)) yield return element;
            yield break;
        }

        yield return type;
    }

    /// <summary>Every circle of folders (Tarjan's strongly connected components of more than one folder).</summary>
    private static List<List<string>> Cycles(IEnumerable<string> folders, Dictionary<(string From, string To), string> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in edges.Keys.Where(e => e.From == folder).Select(e => e.To))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], index[next]);
                }
            }

            if (low[folder] == index[folder])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != folder);
                if (component.Count > 1)
                {
                    cycles.Add(component);
                }
            }
        }

        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return cycles;
    }

    private static IEnumerable<string> Witnesses(List<string> cycle, Dictionary<(string From, string To), string> edges) =>
        edges.Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To)).Select(e => $"{e.Key.From} -> {e.Key.To}: {e.Value}");
}
