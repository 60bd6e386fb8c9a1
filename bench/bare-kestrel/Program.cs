// The floor under the site's numbers in bench/run: Kestrel answering every request with one file's bytes, with no
// middleware, logging or headers of its own. Usage: BareKestrel FILE URL
var body = File.ReadAllBytes(args[0]);
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore().UseUrls(args[1]);
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
