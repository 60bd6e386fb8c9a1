using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>
/// Behind a reverse proxy or CDN the request's scheme (for HSTS) comes from X-Forwarded-Proto, but only when the
/// proxy is trusted: loopback by default, plus the addresses and networks listed in
/// <c>ForwardedHeaders:KnownProxies</c>
/// and <c>ForwardedHeaders:KnownNetworks</c> (environment: <c>ForwardedHeaders__KnownProxies__0=10.0.0.5</c>,
/// <c>ForwardedHeaders__KnownNetworks__0=10.0.0.0/8</c>).
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];

        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }
}
