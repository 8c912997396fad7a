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

        logger.LogInformation("Seeded roles; {StatementCount} statements in the archive",
            await db.Statements.CountAsync(cancellationToken));
    }
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
