using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HumanTraffickingAwareness.Commands;

namespace HumanTraffickingAwareness.Tests.Infrastructure;

/// <summary>
/// The repository's content exported with the <c>export</c> command and served by nginx (Debian's package) with the
/// server block the export writes, on a free loopback port; and beside it, the same site served by the app, for
/// comparing the two.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string BaseUrl = "https://hta.example.org";

    /// <summary>NGINX_PATH, else Debian's package, else the first nginx on PATH (Homebrew's, on macOS).</summary>
    private static readonly string Nginx = Environment.GetEnvironmentVariable("NGINX_PATH") is { Length: > 0 } path
        ? path
        : File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "hta-export", Guid.NewGuid().ToString("n"));
    private Process? _nginx;

    /// <summary>The folder named to the export: the site in <see cref="SiteFolder"/>, the nginx block beside
    /// it.</summary>
    public string Folder => Path.Combine(_work, "public");

    /// <summary>What a static host publishes.</summary>
    public string SiteFolder => Path.Combine(Folder, ExportCommand.SiteFolder);

    public HttpClient Static { get; private set; } = null!;

    public SiteFactory Server { get; } = new PublicSite();

    public Uri Address { get; private set; } = null!;

    public string ExportOutput { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var output = new StringWriter();
        var code = await ExportCommand.RunAsync([Folder], output, Settings(TempContent.RepositoryContent));
        ExportOutput = output.ToString();
        Assert.True(code == 0, "export failed:\n" + ExportOutput);

        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        var server = File.ReadAllText(Path.Combine(Folder, "nginx.conf")).Replace("listen 80;",
            $"listen 127.0.0.1:{port};");
        File.WriteAllText(Path.Combine(_work, "server.conf"), server);
        File.WriteAllText(Path.Combine(_work, "main.conf"), $$"""
            worker_processes 1;
            pid {{_work}}/nginx.pid;
            error_log {{_work}}/error.log;
            events { worker_connections 256; }
            http {
              include {{MimeTypes()}};
              access_log off;
              client_body_temp_path {{_work}}/b; proxy_temp_path {{_work}}/p; fastcgi_temp_path {{_work}}/f;
              uwsgi_temp_path {{_work}}/u; scgi_temp_path {{_work}}/s;
              include {{_work}}/server.conf;
            }
            """);
        var start = new ProcessStartInfo(Nginx, ["-c", Path.Combine(_work, "main.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        try
        {
            _nginx = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("These tests serve the export with nginx: install it with 'apt-get " +
                "install -y nginx' " +
                "(.ci/run does), or 'brew install nginx', or set NGINX_PATH to its binary.");
        }

        Static = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None
        })
        { BaseAddress = Address };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                await Static.GetAsync("/");
                return;
            }
            catch (HttpRequestException) when (!_nginx.HasExited)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("nginx did not start: " + await _nginx.StandardError.ReadToEndAsync());
    }

    public ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(5000);
        }

        Static?.Dispose();
        Server.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }

    public static Dictionary<string, string?> Settings(string content, string? baseUrl = BaseUrl) => new()
    {
        ["Content:Path"] = content,
        ["Site:BaseUrl"] = baseUrl,
    };

    /// <summary>
    /// The mime.types beside the nginx.conf this nginx was built to read, as <c>nginx -V</c> names it
    /// (/etc/nginx on Debian, /opt/homebrew/etc/nginx with Homebrew).
    /// </summary>
    private static string MimeTypes()
    {
        try
        {
            using var version = Process.Start(new ProcessStartInfo(Nginx, ["-V"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true
            })!;
            var text = version.StandardError.ReadToEnd() + version.StandardOutput.ReadToEnd();
            version.WaitForExit();
            var configuration = System.Text.RegularExpressions.Regex.Match(text, "--conf-path=(\\S+)");
            if (configuration.Success)
            {
                return Path.Combine(Path.GetDirectoryName(configuration.Groups[1].Value)!, "mime.types");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No nginx: starting it says so, with how to install it.
        }

        return "/etc/nginx/mime.types";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The app on the same content and public address as the export.</summary>
    private sealed class PublicSite : SiteFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", BaseUrl);
        }
    }
}
