using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Commands;

// Editors' and operators' commands run without starting the site.
switch (args)
{
    case [var first, ..] when HelpCommand.Names.Contains(first):
        return HelpCommand.Run(Console.Out);
    case [CheckContentCommand.Name, .. var rest]:
        return CheckContentCommand.Run(rest, new ConfigurationBuilder().AddEnvironmentVariables().Build(), Console.Out);
    case [HealthCheckCommand.Name, .. var rest]:
        return await HealthCheckCommand.RunAsync(rest, Console.Out);
    case [ExportCommand.Name, .. var rest]:
        return await ExportCommand.RunAsync(rest, Console.Out);
}

// A misspelt command would otherwise start the site: ASP.NET Core ignores a word that is not a setting.
if (SiteArguments.UnknownWord(args) is { } unknown)
{
    return HelpCommand.Unknown(unknown, Console.Error);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Published, appsettings.json and wwwroot/ sit beside the dll: find them from wherever the site is started.
    ContentRootPath = AppContext.BaseDirectory,
});

var app = builder.AddWebsite().Build();
// One line naming what to set or install, rather than a stack trace, for a setting or library the site cannot do
// without.
if (app.StartupRefusal() is { } refusal)
{
    Console.Error.WriteLine(refusal);
    return 1;
}

app.UseWebsite();
app.Run();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
