using AmnestyArchive.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web;

public static class ArchiveDataExtensions
{
    /// <summary>The connection string's name: <c>ConnectionStrings:Archive</c> (env <c>ConnectionStrings__Archive</c>).</summary>
    public const string ConnectionStringName = "Archive";

    /// <summary>Registers the <see cref="ArchiveDbContext"/> on PostgreSQL, and keeps Data Protection keys in it.</summary>
    public static WebApplicationBuilder AddArchiveData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No connection string. Set ConnectionStrings__{ConnectionStringName} " +
                "(./run.sh does this for you with a project-local PostgreSQL).");
        }

        builder.Services.AddDbContext<ArchiveDbContext>(options => Configure(options, connectionString));
        builder.Services.AddSingleton(TimeProvider.System);

        // Registered before Data Protection's own hosted service, which reads keys from the
        // database: hosted services start in registration order.
        builder.Services.AddHostedService<Data.Seeding.MigrateAndSeedOnStartup>();

        // Keys in the database let several instances share cookies and antiforgery tokens.
        builder.Services.AddDataProtection()
            .SetApplicationName("AmnestyArchive")
            .PersistKeysToDbContext<ArchiveDbContext>();

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<ArchiveDbContext>("database", tags: ["ready"]);
        return builder;
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        // No retrying execution strategy: imports, publishes and edits use explicit transactions,
        // which must fail whole rather than be replayed half-way.
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
