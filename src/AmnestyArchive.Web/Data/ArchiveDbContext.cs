using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Data;

/// <summary>The whole archive, Identity included, on PostgreSQL.</summary>
/// <remarks>
/// Migrations live in <c>Data/Migrations</c>. Make a new one from the repository root with:
/// <code>dotnet ef migrations add NAME --project src/AmnestyArchive.Web --output-dir Data/Migrations</code>
/// (the design-time factory points at a throwaway connection string; no database is needed).
/// </remarks>
public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options)
    : IdentityDbContext<ArchiveUser>(options), IDataProtectionKeyContext
{
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<Block> Blocks => Set<Block>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<Person> Persons => Set<Person>();
    public DbSet<PersonRole> PersonRoles => Set<PersonRole>();
    public DbSet<LegalInstrument> Instruments => Set<LegalInstrument>();
    public DbSet<Provision> Provisions => Set<Provision>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<Actor> Actors => Set<Actor>();
    public DbSet<Demand> Demands => Set<Demand>();
    public DbSet<Vocabulary> Vocabularies => Set<Vocabulary>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<QuoteTag> QuoteTags => Set<QuoteTag>();
    public DbSet<DemandTag> DemandTags => Set<DemandTag>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<StatementCountry> StatementCountries => Set<StatementCountry>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();
    public DbSet<SearchFacets> SearchFacets => Set<SearchFacets>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");

        // GIN operator classes for plain columns, so a search index can hold the date beside the
        // words (SearchEntryConfiguration, ADR 0013).
        builder.HasPostgresExtension("btree_gin");
        builder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
