using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;
using HumanTraffickingAwareness.Content.Files;
using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Content.Templates;
using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Hosting.Metrics;
using HumanTraffickingAwareness.Pages.Materials;
using HumanTraffickingAwareness.Pages.Shared;
using HumanTraffickingAwareness.Sharing;
using HumanTraffickingAwareness.Sharing.ShareImages;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>The site's services, and its middleware in the order a request meets it.</summary>
public static class Website
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
            if (!services.GetRequiredService<IConfiguration>().GetValue("Logging:Console", true))
            {
                return;
            }

            // In production, written in batches off the request's thread: a request never waits for the console.
            _ = builder.Environment.IsDevelopment()
                ? logging.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
                : logging.WriteTo.Sink(new BatchedConsoleSink(new CompactJsonFormatter()));
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
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddSingleton<ShareImageCache>();
        builder.Services.AddHealthEndpoints();
        // AllowedHosts (example.org;www.example.org) refuses requests for any other host with a 400, except on the
        // health endpoints: the Docker HEALTHCHECK asks 127.0.0.1 and Kubernetes probes come by the pod's IP address,
        // and neither may fail because the site is locked to its public name. The framework puts its filter in front
        // of every request: it is told to let every host through, and UseWebsite runs it with the hosts around all
        // else.
        builder.Services.PostConfigure<HostFilteringOptions>(options => options.AllowedHosts = ["*"]);
        // Behind a reverse proxy or CDN the request's scheme (for HSTS) comes from X-Forwarded-Proto, but only when the
        // proxy is trusted: loopback by default, plus the addresses and networks listed in
        // ForwardedHeaders:KnownProxies and ForwardedHeaders:KnownNetworks (environment:
        // ForwardedHeaders__KnownProxies__0=10.0.0.5, ForwardedHeaders__KnownNetworks__0=10.0.0.0/8).
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var trusted = builder.Configuration.GetSection("ForwardedHeaders");
            foreach (var proxy in trusted.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in trusted.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
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

        // The site has no forms: no antiforgery token, so no cookie.
        builder.Services.AddRazorPages(options =>
            options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
        builder.Services.AddMaterialsRoutes();
        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        // Nothing is encrypted or signed for a visitor: keep the keys in memory rather than writing them to disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        return builder;
    }

    /// <summary>
    /// What the site will not start without, said in one line that names what to set or install: a missing public
    /// address (Site__BaseUrl), or share images that cannot be drawn on this platform. An operator reads the line; an
    /// unhandled exception would give them a stack trace and exit code 134.
    /// </summary>
    public static string? StartupRefusal(this WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<PublicUrls>();
        }
        catch (InvalidOperationException e) when (
            e.Message.Contains(PublicUrls.ConfigurationKey, StringComparison.Ordinal))
        {
            return $"The site cannot start: {e.Message}";
        }

        return ShareImageHealthCheck.Probe() is { } problem ? $"The site cannot start: {problem}" : null;
    }

    public static WebApplication UseWebsite(this WebApplication app)
    {
        // Before everything else: the metrics port answers /metrics and nothing of the site, and no other port has it.
        app.UseSiteMetrics();

        // Fail at start-up, naming the setting, rather than on the first page: every page's links are built on it.
        app.Services.GetRequiredService<PublicUrls>();

        // AllowedHosts, for every address but the health endpoints, which probes reach by IP address.
        if (app.Configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries
                | StringSplitOptions.TrimEntries) is { Length: > 0 } hosts && !hosts.Contains("*"))
        {
            // The hosts as configured at start-up, in the framework's own options monitor.
            var options = new OptionsMonitor<HostFilteringOptions>(new OptionsFactory<HostFilteringOptions>(
                [new ConfigureOptions<HostFilteringOptions>(o => o.AllowedHosts = hosts)], []),
                [], new OptionsCache<HostFilteringOptions>());
            app.UseWhen(context => !HealthEndpoints.IsHealth(context.Request.Path),
                filtered => filtered.UseMiddleware<HostFilteringMiddleware>(options));
        }

        // Method, path, status and time only: never the visitor's address, user agent, referrer or query string.
        app.UseMiddleware<RequestLogMiddleware>(app.Services.GetRequiredService<Serilog.ILogger>());

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Browsers keep no copy of anything; a CDN may hold pages for a minute (Hosting/Caching/CachePolicy.cs).
        app.UseCachePolicy();
        app.UseRequestGuards();
        app.UsePageAddressCase();
        // A page already rendered is written here, before anything only rendering needs.
        var pages = app.Services.GetRequiredService<PageCache>();
        app.Use(pages.ServeRenderedAsync);

        // Never a stack trace for a reader: failures go to a friendly page that still shows the hotline.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");

        // Editors' pictures and documents, from content/media/ as they are saved.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EditorMediaFiles(app.Services.GetRequiredService<LiveSnapshot>().Root),
            RequestPath = EditorMedia.UrlPrefix.TrimEnd('/'),
            ContentTypeProvider = new FileExtensionContentTypeProvider(
                new Dictionary<string, string>(EditorMedia.ContentTypes, StringComparer.OrdinalIgnoreCase)),
        });

        // Inside the error handling, so that even a failure while rendering a page for the cache is a friendly page.
        app.Use(pages.ServeAsync);

        app.UseRouting();
        // The site signs nobody in, but Razor Pages registers these middlewares' services, and a WebApplication then
        // puts both in front of every request (a request scope each time) unless the app places them itself: here,
        // where only pages that are rendered meet them.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapSitemap();
        app.MapShareImages();
        app.MapHealthEndpoints();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
