using AmnestyArchive.Web;
using AmnestyArchive.Web.Cli;

// One deployable, two jobs: `dotnet AmnestyArchive.Web.dll VERB ...` runs a command-line verb,
// anything else starts the portal.
if (args.Length > 0 && CommandLine.IsVerb(args[0]))
{
    return await CommandLine.RunAsync(args);
}

// Migrations and seeding run in a hosted service before the server accepts requests.
var app = ArchiveApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Exposed so <c>WebApplicationFactory&lt;Program&gt;</c> can host the portal in tests.</summary>
public partial class Program;
