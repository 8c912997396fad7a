using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Data.Seeding;

/// <summary>
/// Idempotent start-up data: roles, and (with the registries) instruments, actors, vocabularies and
/// the statements under <c>seeds/</c>. Safe to run on every start and from several instances.
/// </summary>
public sealed class ArchiveSeeder(
    ArchiveDbContext db,
    RoleManager<IdentityRole> roles,
    IServiceProvider services,
    IConfiguration configuration,
    ILogger<ArchiveSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded && !await roles.RoleExistsAsync(role))
                {
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }

        await RegistrySeeding.SeedAsync(db, cancellationToken);

        var seeds = configuration["Archive:SeedsPath"];
        if (!string.IsNullOrWhiteSpace(seeds) && !await db.Statements.AnyAsync(cancellationToken))
        {
            await SeedStatementsAsync(seeds, cancellationToken);
        }

        logger.LogInformation("Seeded reference data; {StatementCount} statements in the archive",
            await db.Statements.CountAsync(cancellationToken));
    }

    /// <summary>Imports (and publishes) the statements listed in <c>statements.json</c> of the seeds folder.</summary>
    private async Task SeedStatementsAsync(string folder, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, "statements.json");
        if (!File.Exists(manifestPath))
        {
            logger.LogWarning("No seeds manifest at {Path}", manifestPath);
            return;
        }

        await using var stream = File.OpenRead(manifestPath);
        var manifest = await System.Text.Json.JsonSerializer.DeserializeAsync<SeedManifest>(stream,
            new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true }, cancellationToken);
        foreach (var entry in manifest?.Statements ?? [])
        {
            var path = Path.Combine(folder, entry.File);
            var importer = services.GetRequiredService<Importing.StatementImporter>();
            var outcome = await importer.ImportAsync(new Importing.ImportRequest(
                await File.ReadAllBytesAsync(path, cancellationToken), entry.File, entry.Publisher, entry.Language, entry.SourceUrl, "seed"),
                cancellationToken);
            if (outcome.Status == Importing.ImportStatus.Rejected)
            {
                throw new InvalidOperationException($"Seed statement {entry.File} was rejected: {outcome.Error}");
            }

            logger.LogInformation("Seed {File}: {Status} as {PublicId}", entry.File, outcome.Status, outcome.PublicId);
        }
    }

    private sealed record SeedManifest(List<SeedEntry> Statements);

    private sealed record SeedEntry(string File, string? Publisher, string? Language, string? SourceUrl);
}

public static class ArchiveSeedingExtensions
{
    /// <summary>Applies pending migrations, then seeds. Turned off with <c>Archive:MigrateOnStartup=false</c>.</summary>
    public static async Task MigrateAndSeedAsync(this IServiceProvider services, IConfiguration configuration,
        CancellationToken cancellationToken = default)
    {
        if (!configuration.GetValue("Archive:MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<ArchiveSeeder>().SeedAsync(cancellationToken);
    }
}

/// <summary>
/// Migrates and seeds when the host starts. Hosted services start before the server listens, so
/// no request sees a half-migrated database. Several instances may start at once: EF Core takes
/// a migration lock, and seeding is idempotent.
/// </summary>
internal sealed class MigrateAndSeedOnStartup(IServiceProvider services, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateAndSeedAsync(configuration, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
