using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmnestyArchive.Web.Data.Configurations;

/// <summary>
/// The search projection (ADR 0012). The rows are written by PostgreSQL triggers created in the
/// <c>SearchEntries</c> migration, never by the application.
/// </summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.ToTable("search_entries");
        builder.HasKey(e => new { e.Kind, e.ItemId });
        builder.Property(e => e.Kind).HasColumnType("character(1)");
        builder.Property(e => e.Language).HasMaxLength(8);
        builder.Property(e => e.Publisher).HasMaxLength(200);
        builder.HasOne(e => e.Statement).WithMany().HasForeignKey(e => e.StatementId).OnDelete(DeleteBehavior.Cascade);

        // Search's order as one number (ADR 0015): the days since 0001-01-01, times 2^31, plus the
        // statement id, which an integer keeps below 2^31. Every date PostgreSQL can store is
        // fewer than 2^31 - 2 days away; no date, then 'infinity', sort above them all and
        // '-infinity' below, as in published_on DESC (NULLS FIRST). Descending, the key orders
        // as published_on DESC, statement_id DESC: a sort compares one bigint instead of a date,
        // then an id on each of the many ties (25 statements a day in the benchmark).
        builder.Property(e => e.SortKey)
            .HasComputedColumnSql("(CASE WHEN published_on IS NULL THEN 2147483647 WHEN isfinite(published_on) THEN published_on - DATE '0001-01-01' WHEN published_on > DATE '0001-01-01' THEN 2147483646 ELSE -2147483648 END)::bigint * 2147483648 + statement_id", stored: true);
        builder.Property(e => e.Year).HasComputedColumnSql("CASE WHEN isfinite(published_on) THEN extract(year FROM published_on)::integer END", stored: true);
        builder.Property(e => e.Countries).HasColumnType("character(2)[]");

        // Newest first without words: the sort key descending, then text order.
        builder.HasIndex(e => new { e.Kind, e.SortKey, e.Ordinal })
            .IsDescending(false, true, false).HasDatabaseName("ix_search_entries_order");

        // Live quotes by speaker and live demands by addressee, of published statements: the
        // projection already holds exactly those rows, so counting them for the browse lists and
        // the country pages is an index-only scan, with no join to the statements.
        builder.HasIndex([nameof(SearchEntry.WhoId)], "quote_who")
            .HasDatabaseName("ix_search_entries_quote_who").HasFilter($"kind = '{SearchEntry.QuoteKind}'");
        builder.HasIndex([nameof(SearchEntry.WhoId)], "demand_who")
            .HasDatabaseName("ix_search_entries_demand_who").HasFilter($"kind = '{SearchEntry.DemandKind}'");

        // One GIN index per kind and language branch: each search branch's condition is exactly
        // one of these predicates, so PostgreSQL reads one small index and re-checks nothing.
        // The date is a second column (btree_gin): a search within a year intersects the words
        // with the year inside the index and visits only those rows, not every row with the words
        // (ADR 0013).
        foreach (var (kind, name) in new[] { (SearchEntry.StatementKind, "statement"), (SearchEntry.QuoteKind, "quote"), (SearchEntry.DemandKind, "demand") })
        {
            builder.HasIndex([nameof(SearchEntry.SearchVector), nameof(SearchEntry.PublishedOn)], $"{name}_es")
                .HasDatabaseName($"ix_search_entries_{name}_es").HasMethod("GIN")
                .HasFilter($"kind = '{kind}' AND language = 'es'");
            builder.HasIndex([nameof(SearchEntry.SearchVector), nameof(SearchEntry.PublishedOn)], $"{name}_other")
                .HasDatabaseName($"ix_search_entries_{name}_other").HasMethod("GIN")
                .HasFilter($"kind = '{kind}' AND language <> 'es'");
        }
    }
}

internal sealed class SearchFacetsConfiguration : IEntityTypeConfiguration<SearchFacets>
{
    public void Configure(EntityTypeBuilder<SearchFacets> builder)
    {
        builder.ToTable("search_facets");
        builder.HasKey(f => new { f.Kind, f.ItemId });
        builder.Property(f => f.Kind).HasColumnType("character(1)");
        builder.Property(f => f.Countries).HasColumnType("character(2)[]");
        builder.HasIndex(f => f.StatementId);
        builder.HasOne<Statement>().WithMany().HasForeignKey(f => f.StatementId).OnDelete(DeleteBehavior.Cascade);
    }
}
