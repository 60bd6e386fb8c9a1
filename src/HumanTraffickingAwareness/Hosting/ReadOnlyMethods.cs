namespace HumanTraffickingAwareness.Hosting;

/// <summary>The site only shows pages: anything but GET and HEAD is answered 405 before it reaches a page.</summary>
public static class ReadOnlyMethods
{
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            context.Response.ContentType = "text/plain; charset=utf-8";
            return context.Response.WriteAsync("This site only shows pages: use GET or HEAD.\n");
        });
}
