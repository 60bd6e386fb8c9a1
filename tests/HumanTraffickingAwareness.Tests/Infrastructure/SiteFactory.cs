using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The whole site, in process, on a content folder of the test's choosing (the repository's own by default).
/// Redirects are not followed, so a test sees exactly what a browser would be told.
/// </summary>
public class SiteFactory(string? contentPath = null, string environment = "Production") : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Content:Path", contentPath ?? TempContent.RepositoryContent);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}

/// <summary>One site on the repository's content, shared by the tests of a class that only read pages.</summary>
public sealed class RepositorySite : SiteFactory
{
    public RepositorySite()
        : base(null, "Production")
    {
    }
}
