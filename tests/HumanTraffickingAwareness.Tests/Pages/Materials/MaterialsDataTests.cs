using HumanTraffickingAwareness.Pages.Materials;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages.Materials;

/// <summary>The printed numbers are site.yml's: a volunteer never prints a number that the site no longer
/// shows.</summary>
[Trait("Suite", "InProcess")]
public sealed class MaterialsDataTests
{
    [Fact]
    public async Task Changing_the_hotline_numbers_in_site_yml_changes_every_item_in_every_language()
    {
        using var content = new TempContent();
        content.Replace("site.yml", "phone: 1-888-373-7888", "phone: 1-800-555-0199");
        content.Replace("site.yml", "phone_dial: \"+18883737888\"", "phone_dial: \"+18005550199\"");
        content.Replace("site.yml", "text_number: \"233733\"", "text_number: \"987654\"");
        content.Replace("site.yml", "emergency_number: \"911\"", "emergency_number: \"112\"");
        await using var site = new SiteFactory(content.Root);
        var client = site.CreatePlainClient();

        foreach (var prefix in new[] { "", "/es" })
        {
            foreach (var item in PrintableItems.All)
            {
                var path = prefix + item.NeutralPath;
                var sheet = (await Html.GetPageAsync(client, path)).QuerySelector("main .sheet")!.ReadableText();

                Assert.Contains("1-800-555-0199", sheet);
                Assert.Contains("987654", sheet);
                Assert.Contains("112", sheet);
                Assert.DoesNotContain("373-7888", sheet);
                Assert.DoesNotContain("233733", sheet);
                Assert.DoesNotContain("911", sheet);
            }
        }
    }

    [Fact]
    public async Task Without_materials_md_the_list_is_not_found_but_every_item_still_prints()
    {
        using var content = new TempContent();
        File.Delete(content.PathOf("materials.md"));
        await using var site = new SiteFactory(content.Root);
        var client = site.CreatePlainClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/materials")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/es/materials")).StatusCode);
        foreach (var item in PrintableItems.All)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(item.NeutralPath)).StatusCode);
        }
    }

    [Fact]
    public async Task The_restroom_card_never_names_trafficking_or_the_hotline()
    {
        var client = new RepositorySite().CreatePlainClient();

        foreach (var prefix in new[] { "", "/es" })
        {
            var card = (await Html.GetPageAsync(client,
                prefix + "/materials/restroom-cards")).QuerySelector("main .sheet")!;
            var words = card.ReadableText();

            Assert.DoesNotContain("traffick", words, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("trata", words, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("hotline", words, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("línea", words, StringComparison.OrdinalIgnoreCase);
            // Nor does the code's label, which a screen reader would say aloud.
            Assert.DoesNotContain("traffick", card.InnerHtml, StringComparison.OrdinalIgnoreCase);
        }
    }
}
