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
        ["extract"] = ("extract FILE                 print the extraction of a UTF-8 text file as JSON", ExtractAsync),
        ["import"] = ("import PATH... [--publisher NAME] [--language en|es] [--source-url URL]\n" +
                      "                               import files, or every .txt/.md/.html file in folders", ImportAsync),
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

    private static async Task<int> ExtractAsync(string[] args)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync("Usage: extract FILE");
            return 2;
        }

        if (!File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync($"extract: no such file: {args[0]}");
            return 1;
        }

        var info = new FileInfo(args[0]);
        if (info.Length > Core.Extraction.ExtractionInput.MaxBytes)
        {
            await Console.Error.WriteLineAsync($"extract: {args[0]} is {info.Length:N0} bytes; the limit is {Core.Extraction.ExtractionInput.MaxBytes:N0} bytes.");
            return 1;
        }

        var decoded = Core.Extraction.ExtractionInput.Decode(await File.ReadAllBytesAsync(args[0]));
        if (!decoded.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"extract: {args[0]}: {decoded.Message}");
            return 1;
        }

        var result = Core.Extraction.StatementExtractor.Extract(decoded.Text!);
        var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(System.Text.Encoding.UTF8.GetBytes(Core.Extraction.ExtractionJson.Serialize(result) + "\n"));
        return 0;
    }

    private static async Task<int> ImportAsync(string[] args)
    {
        var paths = new List<string>();
        string? publisher = null, language = null, sourceUrl = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--publisher" when i + 1 < args.Length: publisher = args[++i]; break;
                case "--language" when i + 1 < args.Length: language = args[++i]; break;
                case "--source-url" when i + 1 < args.Length: sourceUrl = args[++i]; break;
                default: paths.Add(args[i]); break;
            }
        }

        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("Usage: import PATH... [--publisher NAME] [--language en|es] [--source-url URL]");
            return 2;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Importing.ImportText.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                await Console.Error.WriteLineAsync($"import: no such file or folder: {path}");
                return 1;
            }
        }

        await using var app = BuildServices();
        await app.Services.MigrateAndSeedAsync(app.Configuration);
        var failures = 0;
        foreach (var file in files)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<Importing.StatementImporter>();
            var info = new FileInfo(file);
            var outcome = info.Length > Core.Extraction.ExtractionInput.MaxBytes
                ? Importing.ImportOutcome.Reject($"The file is {info.Length:N0} bytes; the limit is {Core.Extraction.ExtractionInput.MaxBytes:N0} bytes.")
                : await importer.ImportAsync(new Importing.ImportRequest(await File.ReadAllBytesAsync(file), file, publisher, language, sourceUrl, "cli"));
            switch (outcome.Status)
            {
                case Importing.ImportStatus.Imported:
                    Console.WriteLine($"imported  {file} -> /s/{outcome.PublicId}");
                    break;
                case Importing.ImportStatus.AlreadyExists:
                    Console.WriteLine($"exists    {file} -> /s/{outcome.PublicId}");
                    break;
                default:
                    failures++;
                    await Console.Error.WriteLineAsync($"rejected  {file}: {outcome.Error}");
                    break;
            }
        }

        return failures == 0 ? 0 : 1;
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
