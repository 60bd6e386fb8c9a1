using HumanTraffickingAwareness.Content.Loading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>A site whose Learn page throws while it is being built, as an unexpected bug would.</summary>
public sealed class FailingSite : SiteFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped(provider =>
        {
            var request = provider.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
            return request.Path == "/learn"
                ? throw new InvalidOperationException("simulated failure")
                : provider.GetRequiredService<LiveSnapshot>().Current;
        }).AddHttpContextAccessor());
    }
}
