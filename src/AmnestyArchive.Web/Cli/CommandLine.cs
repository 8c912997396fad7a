using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Data.Seeding;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Cli;

/// <summary>
/// The portal's command-line verbs, run as <c>dotnet AmnestyArchive.Web.dll VERB ...</c>.
/// Each returns a process exit code: 0 for success, 1 for a failure the user can fix, 2 for bad usage.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, (string Usage, Func<string[], Task<int>> Run)> Verbs = new()
    {
        ["migrate"] = ("migrate                      apply database migrations and seed reference data", MigrateAsync),
        ["create-admin"] = ("create-admin EMAIL           create an admin; the password is read from stdin", CreateAdminAsync),
        ["help"] = ("help                         list the verbs", _ => Task.FromResult(Help(Console.Out))),
    };

    public static bool IsVerb(string arg) => Verbs.ContainsKey(arg) || arg is "--help" or "-h";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            return Help(Console.Out);
        }

        try
        {
            return await verb.Run(args[1..]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Npgsql.NpgsqlException or IOException)
        {
            await Console.Error.WriteLineAsync($"{args[0]}: {ex.Message}");
            return 1;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine("Usage: dotnet AmnestyArchive.Web.dll VERB [ARGS]   (no verb: run the portal)");
        foreach (var (_, verb) in Verbs)
        {
            output.WriteLine("  " + verb.Usage);
        }

        return 2;
    }

    /// <summary>Builds the app's services without starting the web server.</summary>
    private static WebApplication BuildServices() => ArchiveApp.Build([]);

    private static async Task<int> MigrateAsync(string[] args)
    {
        await using var app = BuildServices();
        var config = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Archive:MigrateOnStartup"] = "true" }).Build();
        await app.Services.MigrateAndSeedAsync(config);
        Console.WriteLine("Database is up to date.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(string[] args)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync("Usage: create-admin EMAIL   (password on stdin, one line)");
            return 2;
        }

        // Never a password on the command line: it would land in shell history and `ps`.
        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("create-admin: no password on stdin.");
            return 2;
        }

        await using var app = BuildServices();
        await app.Services.MigrateAndSeedAsync(app.Configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
        var result = await AccountCreation.CreateAdminAsync(users, args[0], password, TimeProvider.System);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"create-admin: {error.Description}");
            }

            return 1;
        }

        Console.WriteLine($"Created admin {args[0]}.");
        return 0;
    }
}

/// <summary>Account creation shared by <c>/setup</c>, the admin pages and the <c>create-admin</c> verb.</summary>
public static class AccountCreation
{
    public static async Task<IdentityResult> CreateAdminAsync(UserManager<ArchiveUser> users, string email,
        string password, TimeProvider clock)
    {
        var user = new ArchiveUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRolesAsync(user, [Roles.Admin, Roles.Editor]);
    }

    /// <summary>True while no account holds the Admin role: only then is <c>/setup</c> offered.</summary>
    public static async Task<bool> AdminExistsAsync(ArchiveDbContext db, CancellationToken cancellationToken = default) =>
        await db.UserRoles.AnyAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), cancellationToken);
}
