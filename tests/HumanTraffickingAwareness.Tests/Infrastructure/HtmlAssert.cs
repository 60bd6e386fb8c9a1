using AngleSharp.Diffing;
using AngleSharp.Diffing.Core;
using AngleSharp.Dom;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>Compares markup as a browser would read it (AngleSharp.Diffing): white space between elements and the way a
/// character is escaped do not matter.</summary>
public static class HtmlAssert
{
    public static void SameDom(string expected, string actual)
    {
        var differences = DiffBuilder.Compare(expected).WithTest(actual)
            .WithOptions(options => options.AddDefaultOptions()).Build().ToList();
        if (differences.Count > 0)
        {
            Assert.Fail($"The HTML differs:\n  {string.Join("\n  ", differences.Select(Describe))}\n\nExpected:\n" +
                $"{expected}\n\nActual:\n{actual}");
        }
    }

    private static string Describe(IDiff difference) => difference switch
    {
        NodeDiff node => $"{node.Control.Path}: expected {Shown(node.Control.Node)}, got {Shown(node.Test.Node)}",
        AttrDiff attribute =>
            $"{attribute.Control.Path}: expected \"{attribute.Control.Attribute.Value}\", got " +
            $"\"{attribute.Test.Attribute.Value}\"",
        MissingNodeDiff missing => $"{missing.Control.Path}: missing {Shown(missing.Control.Node)}",
        MissingAttrDiff missing => $"{missing.Control.Path}: missing",
        UnexpectedNodeDiff unexpected => $"{unexpected.Test.Path}: unexpected {Shown(unexpected.Test.Node)}",
        UnexpectedAttrDiff unexpected => $"{unexpected.Test.Path}: unexpected \"{unexpected.Test.Attribute.Value}\"",
        _ => $"{difference.Target}: {difference.Result}",
    };

    private static string Shown(INode node) => node is IElement element ? element.OuterHtml : $"\"{node.TextContent}\"";
}
