namespace HumanTraffickingAwareness.Commands;

/// <summary><c>--help</c>, <c>-h</c> or <c>help</c>: says what the app can do, and exits without starting the site.</summary>
public static class HelpCommand
{
    public static readonly string[] Names = ["--help", "-h", "help"];

    public static int Run(TextWriter output)
    {
        output.WriteLine($"""
            Human Trafficking Awareness: the website, and the commands that run without starting it.

            Usage: dotnet HumanTraffickingAwareness.dll [COMMAND]

              (no command) [--urls URL]  run the site (by default at http://localhost:5000; settings in README.md)
              {CheckContentCommand.Name} [PATH]       check every content file and print each problem as path:line: message;
                                         PATH defaults to Content__Path, else the content/ folder; exit 0 when clean
              {CheckContentCommand.Name} {FactsReport.Option} [PATH]
                                         list every fact (a number, a definition, a source) with its source and
                                         the day it was last checked, the longest unchecked first
              {CheckContentCommand.Name} {MarkTranslated.Option} FILE [PATH]
                                         mark a translation (such as de/help.md or _languages/de.yml) as made from
                                         the English as it is now
              {HealthCheckCommand.Name} [ADDRESS]      ask a running site's /healthz, such as http://127.0.0.1:8080; exit 0 when
                                         healthy; ADDRESS defaults to the port set in ASPNETCORE_URLS or
                                         ASPNETCORE_HTTP_PORTS, else {HealthCheckCommand.KestrelDefaultAddress}
              {ExportCommand.Name} DIR                 write the whole site as static files into DIR, for any static host or CDN
                                         (needs Site__BaseUrl, the public address); stops on any content problem
              --help, -h, help           this text
            """);
        return 0;
    }
}
