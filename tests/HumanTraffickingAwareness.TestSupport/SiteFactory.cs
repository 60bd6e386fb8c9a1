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

    /// <summary>More settings for this site (such as AllowedHosts), set before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Services that replace the site's own, set before it starts.</summary>
    public Action<IServiceCollection>? ReplacedServices { get; init; }

    public virtual HttpClient CreatePlainClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Content:Path", contentPath ?? TempContent.RepositoryContent);
        builder.UseSetting("Logging:Console", "false");
        // Many hosts share the test process and its heap: no full collections on their own schedules.
        builder.UseSetting(HumanTraffickingAwareness.Hosting.MemoryRelease.EnabledSetting, "false");
        // Required outside Development; the in-process client's own address.
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }

        if (ReplacedServices is not null)
        {
            builder.ConfigureServices(ReplacedServices);
        }
    }
}

/// <summary>
/// The site on the repository's content, for the classes that only read pages: one host for the whole run, started by
/// the first class that asks. Each host costs a start and a content load (about a second here); fourteen classes
/// used to start one each. A test that needs a site of its own (a cold cache, its logs) starts a <see
/// cref="SiteFactory"/>.
/// </summary>
public sealed class RepositorySite
{
    // Never disposed: it lives as long as the test process, like the repository's content it reads.
    private static readonly Lazy<SiteFactory> Shared = new(() => new SiteFactory());

    public HttpClient CreatePlainClient() => Shared.Value.CreatePlainClient();

    public IServiceProvider Services => Shared.Value.Services;

    public Microsoft.AspNetCore.TestHost.TestServer Server => Shared.Value.Server;
}

/// <summary>
/// The site on a real Kestrel server bound to 127.0.0.1 on a free port, for what only a real server does: its own
/// request checks (a NUL byte in a path, an overlong request line) and, for browser tests, a real address.
/// </summary>
public sealed class KestrelSite : SiteFactory
{
    private readonly string? _publicBaseUrl;

    public KestrelSite()
        : this(null)
    {
    }

    private KestrelSite(string? publicBaseUrl, IReadOnlyDictionary<string, string>? settings = null)
    {
        _publicBaseUrl = publicBaseUrl;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            Settings[name] = value;
        }

        // The port is chosen first, so that the site's public address (Site:BaseUrl, for canonical and share links) is
        // the address the browser really uses.
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, port));
        StartServer();
    }

    /// <summary>A site whose public address (Site:BaseUrl) is not the address it listens on, as behind a
    /// proxy.</summary>
    public static KestrelSite WithPublicAddress(string publicBaseUrl) => new(publicBaseUrl);

    /// <summary>A site started with more settings (such as AllowedHosts).</summary>
    public static KestrelSite With(IReadOnlyDictionary<string, string> settings) => new(null, settings);

    /// <summary>Where the server listens, such as http://127.0.0.1:41234.</summary>
    public Uri Address { get; }

    public override HttpClient CreatePlainClient() =>
        new(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            RequestHeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8
        })
        { BaseAddress = Address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", _publicBaseUrl ?? Address.ToString());
    }

    internal static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
