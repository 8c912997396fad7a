using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace AmnestyArchive.Web.Data.Configurations;

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasIndex(q => q.PublicId).IsUnique();
        builder.HasIndex(q => new { q.StatementId, q.Ordinal });
        // Covering: the search facets look up a sample of matched statements and read only these
        // columns, so PostgreSQL answers from the index alone (docs/benchmarks.md, "Public site").
        builder.HasIndex(q => q.StatementId).IncludeProperties(q => new { q.Id, q.PersonId, q.RemovedAt });
        builder.HasIndex(q => q.PersonId);
        builder.Property(q => q.PublicId).HasMaxLength(16);
        builder.Property(q => q.SpeakerRole).HasMaxLength(500);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(q => q.Statement).WithMany(s => s.Quotes).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Person).WithMany(p => p.Quotes).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(q => q.RepeatsQuote).WithMany().HasForeignKey(q => q.RepeatsQuoteId)
            .OnDelete(DeleteBehavior.SetNull);

        // Quotes are searched in both configurations: a quote's language is its statement's,
        // which a generated column cannot read, and the words are short.
        builder.Property<NpgsqlTsVector>(StatementConfiguration.SearchVector)
            .HasComputedColumnSql(
                "to_tsvector('english_unaccent'::regconfig, text) || to_tsvector('spanish_unaccent'::regconfig, text)",
                stored: true);
        builder.HasIndex(StatementConfiguration.SearchVector).HasMethod("GIN");
    }
}

internal sealed class QuoteTagConfiguration : IEntityTypeConfiguration<QuoteTag>
{
    public void Configure(EntityTypeBuilder<QuoteTag> builder)
    {
        builder.HasKey(t => new { t.QuoteId, t.TagId });
        builder.HasIndex(t => t.TagId);
        builder.HasOne(t => t.Quote).WithMany(q => q.Tags).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Tag).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Name).HasMaxLength(300);
        // Trigram index: names typed with small mistakes still find the person.
        builder.HasIndex(p => p.Name).HasMethod("GIN").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_persons_name_trgm");
    }
}

internal sealed class PersonRoleConfiguration : IEntityTypeConfiguration<PersonRole>
{
    public void Configure(EntityTypeBuilder<PersonRole> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.HasIndex(r => new { r.PersonId, r.Title }).IsUnique();
        builder.HasOne(r => r.Person).WithMany(p => p.Roles).OnDelete(DeleteBehavior.Cascade);
    }
}
