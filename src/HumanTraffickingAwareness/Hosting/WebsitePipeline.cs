using HumanTraffickingAwareness.Hosting.Caching;
using HumanTraffickingAwareness.Sharing;
using Serilog;

namespace HumanTraffickingAwareness.Hosting;

/// <summary>The middleware, in the order a request meets it.</summary>
public static class WebsitePipeline
{
    public static WebApplication UseWebsite(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // Method, path, status and time only: never the visitor's address, user agent, referrer or query string.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.IncludeQueryInRequestPath = false;
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Browsers keep no copy of anything; a CDN may hold pages for a minute (Hosting/Caching/CachePolicy.cs).
        app.UseCachePolicy();
        app.UseRequestGuards();

        // Never a stack trace for a reader: failures go to a friendly page that still shows the hotline.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");

        // Inside the error handling, so that even a failure while rendering a page for the cache is a friendly page.
        app.UseMiddleware<PageCacheMiddleware>();

        app.UseRouting();
        app.MapStaticAssets();
        app.MapSitemap();
        app.MapHealthChecks(ContentHealth.Path);
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
