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
        if (!string.IsNullOrWhiteSpace(seeds))
        {
            var vocabularies = Path.Combine(seeds, "vocabularies.csv");
            if (File.Exists(vocabularies))
            {
                await Editing.VocabularySeeder.SeedAsync(db, vocabularies, cancellationToken);
            }

            if (!await db.Statements.AnyAsync(cancellationToken))
            {
                await SeedStatementsAsync(seeds, cancellationToken);
            }
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

            if (outcome.Status == Importing.ImportStatus.Imported)
            {
                await PublishSeedAsync(outcome.StatementId!.Value, cancellationToken);
            }

            logger.LogInformation("Seed {File}: {Status} as {PublicId}", entry.File, outcome.Status, outcome.PublicId);
        }
    }

    /// <summary>A seed goes through the same review and publish workflow as any statement.</summary>
    private async Task PublishSeedAsync(int statementId, CancellationToken cancellationToken)
    {
        var workflow = services.GetRequiredService<Editing.StatementWorkflow>();
        var version = await db.Statements.Where(s => s.Id == statementId).Select(s => s.Version).SingleAsync(cancellationToken);
        var review = await workflow.SubmitForReviewAsync(statementId, version, "seed", cancellationToken);
        version = await db.Statements.Where(s => s.Id == statementId).Select(s => s.Version).SingleAsync(cancellationToken);
        var publish = await workflow.PublishAsync(statementId, version, "seed", "Published on first run", cancellationToken);
        if (publish.Outcome != Editing.WorkflowOutcome.Done)
        {
            throw new InvalidOperationException($"Seed statement {statementId} could not be published: {review.Message} {publish.Message}");
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

        // A migration that rebuilds the search projection runs one long command: at 100,000
        // statements search_entries_rebuild() takes about half a minute, the default timeout.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        await db.Database.MigrateAsync(cancellationToken);
        db.Database.SetCommandTimeout(timeout);
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
