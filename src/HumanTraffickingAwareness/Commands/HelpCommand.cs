using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Sharing;

namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// <c>--help</c>, <c>-h</c> or <c>help</c>: says what the app can do, and exits without starting the site.
/// </summary>
public static class HelpCommand
{
    public static readonly string[] Names = ["--help", "-h", "help"];

    public static int Run(TextWriter output)
    {
        output.WriteLine("Human Trafficking Awareness: the website, and the commands that run without starting it.");
        output.WriteLine();
        WriteCommands(output);
        output.WriteLine();
        WriteSettings(output);
        return 0;
    }

    /// <summary>
    /// A word that is no command: what it was, and the commands there are. Exit code 2, a usage error.
    /// </summary>
    public static int Unknown(string word, TextWriter output)
    {
        output.WriteLine($"'{word}' is not a command (settings are written --name value or name=value).");
        output.WriteLine();
        WriteCommands(output);
        return 2;
    }

    private static void WriteCommands(TextWriter output) =>
        output.WriteLine($"""
    Usage: dotnet HumanTraffickingAwareness.dll [COMMAND]

      (no command) [--urls URL]  run the site (by default at {HealthCheckCommand.KestrelDefaultAddress}),
                                 with the settings that --help lists
      {CheckContentCommand.Name} [PATH]       check every content file and print each problem as path:line: message;
                                 PATH defaults to Content__Path, else the content/ folder; exit 0 when clean
      {CheckContentCommand.Name} {GitHubAnnotations.Option} {GitHubAnnotations.GitHub} [PATH]
                                 the same check, each problem and warning as a GitHub Actions annotation
                                 (::error file=content/help.md,line=12,...::message) on its line
      {CheckContentCommand.Name} {FactsReport.Option} [PATH]
                                 list every fact (a number, a definition, a source) with its source and
                                 the day it was last checked, the longest unchecked first
      {CheckContentCommand.Name} {MarkTranslated.Option} FILE [PATH]
                                 mark a translation (such as de/help.md or _languages/de.yml) as made from
                                 the English as it is now
      {HealthCheckCommand.Name} [ADDRESS]      ask a running site's /healthz, such as http://127.0.0.1:8080; exit 0 when
                                 healthy; ADDRESS defaults to the port set in ASPNETCORE_URLS or
                                 ASPNETCORE_HTTP_PORTS, else {HealthCheckCommand.KestrelDefaultAddress}
      {ExportCommand.Name} DIR                 write the whole site as static files into DIR/site, and the host's
                                 configuration beside it (DIR/nginx.conf), for any static host or CDN (needs
                                 Site__BaseUrl, the public address); stops on any content problem
      --help, -h, help           this text
    """);

    private static void WriteSettings(TextWriter output) =>
        output.WriteLine($"""
            Settings (environment variables, or --name value on the command line; docs/operators.md, "Configuration"):

              {Variable(PublicUrls.ConfigurationKey),-34} the public address, such as https://example.org; required
                                                 outside Development (canonical links, share links, sitemap)
              {Variable(ContentLocation.ConfigurationKey),-34} the content folder; by default content/ beside the app
              AllowedHosts                       host names to serve, such as example.org;www.example.org;
                                                 others get 400 (not the health endpoints); default * (all)
              ASPNETCORE_URLS                    where to listen, such as http://0.0.0.0:8080 (or --urls URL,
                                                 or ASPNETCORE_HTTP_PORTS=8080)
              ASPNETCORE_ENVIRONMENT             Production by default; Development shows drafts and the
                                                 editors' box
              ForwardedHeaders__KnownNetworks__0 a proxy's network, such as 10.0.0.0/8, trusted for
                                                 X-Forwarded-Proto
              {Variable(MemoryRelease.EnabledSetting),-34} true by default: memory goes back to the system after
                                                 bursts of work
            """);

    /// <summary>A setting as an environment variable names it: Site:BaseUrl is Site__BaseUrl.</summary>
    private static string Variable(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}
