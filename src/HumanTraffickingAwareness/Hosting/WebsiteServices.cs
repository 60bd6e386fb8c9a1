using Microsoft.AspNetCore.DataProtection;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Templates;
using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Hosting.Metrics;
using HumanTraffickingAwareness.Pages.Materials;
using HumanTraffickingAwareness.Pages.Shared;
using HumanTraffickingAwareness.Sharing;
using HumanTraffickingAwareness.Sharing.ShareImages;



namespace HumanTraffickingAwareness.Hosting;

public static class WebsiteServices
{
    public static WebApplicationBuilder AddWebsite(this WebApplicationBuilder builder)
    {
        // Serve the repository's wwwroot/ from a build in any environment, not only Development. A published app has no
        // such manifest and serves its own wwwroot/ folder.
        builder.WebHost.UseStaticWebAssets();

        builder.Services.AddSerilog((services, logging) =>
        {
            logging
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Information()
                // ASP.NET Core's own request lines carry the full URL with its query string; ours carry only the path.
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                // While this category is on at any level, ASP.NET Core starts an Activity and a logging scope for each
                // request (about 3 µs of 30 on a cached page, in A/B runs here); its only lines are request lines,
                // which ours replace, and start-up failures, which still stop the site with the exception on standard
                // error.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off);
            // No Enrich.FromLogContext(): it copied Kestrel's ConnectionId (and the request scope's RequestId) onto
            // each request line, which tied together the pages one reader visited; and it cost time on every request.
            // Tests turn the console off (Logging:Console=false) and read the logs through their own sink.
            var toConsole = services.GetRequiredService<IConfiguration>().GetValue("Logging:Console", true);
            if (toConsole && builder.Environment.IsDevelopment())
            {
                logging.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] " +
                    "{Message:lj}{NewLine}{Exception}");
            }
            else if (toConsole)
            {
                // Written in batches off the request's thread: a request never waits for the console.
                logging.WriteTo.Sink(new BatchedConsoleSink(new CompactJsonFormatter()));
            }
        },
        // Each host keeps its own logger rather than sharing the static one (several hosts run side by side in tests).
        preserveStaticLogger: true);

        builder.Services.AddSingleton(services =>
            new SnapshotLoader(ContentLocation.Resolve(services.GetRequiredService<IConfiguration>())));
        builder.Services.AddSingleton<LiveSnapshot>();
        // A request reads one snapshot from start to end, even if a reload lands while it is rendered.
        builder.Services.AddScoped(services => services.GetRequiredService<LiveSnapshot>().Current);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<RequestLanguage>();
        builder.Services.AddHostedService<EditPoller>();
        builder.Services.AddHostedService<MemoryRelease>();
        builder.Services.AddSingleton<Hosting.Caching.PageCache>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<Sharing.ShareImages.ShareImageCache>();
        builder.Services.AddHealthEndpoints();
        builder.AddHostFilteringExceptHealth();
        builder.Services.AddTrustedProxies(builder.Configuration);
        // Prometheus metrics on their own port, only when Metrics__Port is set (Metrics/MetricsEndpoint.cs).
        builder.AddSiteMetrics();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = RequestGuards.MaxUrlLength + 256;
        });

        // The one encoder of pages and templates (it leaves letters as UTF-8): registered before AddRazorPages, whose
        // web encoders are only added where none is.
        builder.Services.AddSingleton(SiteHtmlEncoder.Instance);

        builder.Services.AddRazorPages(options =>
        {
            // The site has no forms: no antiforgery token, so no cookie.
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());
        });
        builder.Services.AddMaterialsRoutes();
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        // Nothing is encrypted or signed for a visitor: keep the keys in memory rather than writing them to disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return builder;
    }
}
