namespace HumanTraffickingAwareness.Commands;

/// <summary>
/// The arguments of a plain run of the site, read as ASP.NET Core's command-line configuration reads them:
/// <c>--key value</c>, <c>--key=value</c>, <c>/key value</c>, <c>/key=value</c> and <c>key=value</c> are settings
/// (<c>--urls http://127.0.0.1:5000</c>, <c>--environment Development</c>, <c>AllowedHosts=example.org</c>). Any other
/// word is silently dropped there, so a misspelt command (<c>chek-content</c>) would start the site: it is an error
/// here.
/// </summary>
public static class SiteArguments
{
    /// <summary>The first word that is neither a setting nor a setting's value, or null when there is none.</summary>
    public static string? UnknownWord(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (argument.Contains('='))
            {
                continue;
            }

            if (argument.StartsWith("--", StringComparison.Ordinal) || argument.StartsWith('/'))
            {
                // The next argument is this setting's value.
                i++;
                continue;
            }

            // A single dash with no value is skipped by ASP.NET Core without taking the next argument.
            if (argument.StartsWith('-'))
            {
                continue;
            }

            return argument;
        }

        return null;
    }
}
