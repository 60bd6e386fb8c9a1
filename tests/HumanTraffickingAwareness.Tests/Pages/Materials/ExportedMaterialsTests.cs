using HumanTraffickingAwareness.Pages.Materials;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Pages.Materials;

/// <summary>The printable items and the drawn link-preview images are not files of the repository: the export must
/// still hold them.</summary>
[Trait("Suite", "InProcess")]
[Trait("Suite", "Export")]
public sealed class ExportedMaterialsTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    public static TheoryData<string> Addresses
    {
        get
        {
            var data = new TheoryData<string> { "/images/share.png", "/images/share.es.png" };
            foreach (var prefix in new[] { "", "/es" })
            {
                foreach (var item in PrintableItems.All)
                {
                    data.Add(prefix + item.NeutralPath);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_item_and_share_image_is_exported_with_the_servers_very_bytes(string url)
    {
        var exported = await site.Static.GetAsync(url);

        Assert.True((int)exported.StatusCode == 200, $"{url} answered {(int)exported.StatusCode} from the export");
        var served = await site.Server.CreatePlainClient().GetByteArrayAsync(url);
        Assert.Equal(served, await exported.Content.ReadAsByteArrayAsync());
    }
}
