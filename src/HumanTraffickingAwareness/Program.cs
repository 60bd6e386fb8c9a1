using HumanTraffickingAwareness.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Published, appsettings.json and wwwroot/ sit beside the dll: find them from wherever the site is started.
    ContentRootPath = AppContext.BaseDirectory,
});

var app = builder.AddWebsite().Build();
app.UseWebsite();
app.Run();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
