using HumanTraffickingAwareness.Content.Loading;
using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Hosting.Metrics;
using HumanTraffickingAwareness.Sharing;
using HumanTraffickingAwareness.Sharing.ShareImages;



namespace HumanTraffickingAwareness.Hosting;

/// <summary>The middleware, in the order a request meets it.</summary>
public static class WebsitePipeline
{
    public static WebApplication UseWebsite(this WebApplication app)
    {
        // Before everything else: the metrics port answers /metrics and nothing of the site, and no other port has it.
        app.UseSiteMetrics();

        // Fail at start-up, naming the setting, rather than on the first page: every page's links are built on it.
        app.Services.GetRequiredService<PublicUrls>();

        // AllowedHosts, for every address but the health endpoints, which probes reach by IP address.
        app.UseHostFilteringExceptHealth();

        // Method, path, status and time only: never the visitor's address, user agent, referrer or query string.
        app.UseMiddleware<RequestLogMiddleware>(app.Services.GetRequiredService<Serilog.ILogger>());

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Browsers keep no copy of anything; a CDN may hold pages for a minute (Hosting/Caching/CachePolicy.cs).
        app.UseCachePolicy();
        app.UseRequestGuards();
        app.UsePageAddressCase();
        var pages = app.Services.GetRequiredService<PageCache>();
        app.Use(pages.ServeRenderedAsync);

        // Never a stack trace for a reader: failures go to a friendly page that still shows the hotline.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");

        // Editors' pictures and documents, from content/media/ as they are saved.
        app.UseEditorMedia(app.Services.GetRequiredService<Content.Loading.LiveSnapshot>().Root);

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
