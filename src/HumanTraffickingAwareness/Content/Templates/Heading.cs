using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HumanTraffickingAwareness.Content.Templates;

/// <summary>
/// <c>&lt;Heading Level="3"&gt;</c> in a template: an h2 to h6 whose level is known only when rendering (a definition
/// sits one level below the section it is placed in). Razor has no element with a computed name, so this one is built
/// here.
/// </summary>
public sealed class Heading : ComponentBase
{
    [Parameter, EditorRequired]
    public int Level { get; set; }

    [Parameter]
    public string? Id { get; set; }

    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Level, 1, 6)}");
        builder.AddAttribute(1, "id", Id);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
