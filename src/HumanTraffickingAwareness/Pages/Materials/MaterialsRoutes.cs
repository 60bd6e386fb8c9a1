using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HumanTraffickingAwareness.Pages.Materials;

/// <summary>
/// The materials' addresses in the other languages (/es/materials, /es/materials/poster). Languages are content, not
/// code, so the route takes any short first segment and the page answers 404 unless it is a language of the site.
/// </summary>
public static class MaterialsRoutes
{
    public static IServiceCollection AddMaterialsRoutes(this IServiceCollection services) =>
        services.Configure<RazorPagesOptions>(options =>
        {
            const string language = "{language:length(2,10)}";
            options.Conventions.AddPageRoute("/Materials/Index", language + PrintableItem.ListPath);
            options.Conventions.AddPageRoute("/Materials/Item", language + PrintableItem.ListPath + "/{item}");
        });
}
