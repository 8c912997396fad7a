using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AmnestyArchive.Web.Data.Configurations;

internal sealed class LegalInstrumentConfiguration : IEntityTypeConfiguration<LegalInstrument>
{
    public void Configure(EntityTypeBuilder<LegalInstrument> builder)
    {
        builder.ToTable("instruments");
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Slug).HasMaxLength(200);
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.NameEs).HasMaxLength(500);
        builder.Property(i => i.Abbreviation).HasMaxLength(64);
        builder.Property(i => i.AdoptingBody).HasMaxLength(300);
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(i => i.Name).HasMethod("GIN").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_instruments_name_trgm");
    }
}

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> builder)
    {
        builder.HasIndex(p => new { p.InstrumentId, p.Slug }).IsUnique();
        builder.Property(p => p.Label).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.HasOne(p => p.Instrument).WithMany(i => i.Provisions).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.HasIndex(c => new { c.StatementId, c.Ordinal });
        // Covering: the search facets look up a sample of matched statements and read only these
        // columns, so PostgreSQL answers from the index alone (docs/benchmarks.md, "Public site").
        builder.HasIndex(c => c.StatementId).IncludeProperties(c => new { c.InstrumentId });
        builder.HasIndex(c => c.InstrumentId);
        builder.HasIndex(c => c.ProvisionId);
        builder.Property(c => c.Pinpoint).HasMaxLength(200);
        builder.HasOne(c => c.Statement).WithMany(s => s.Citations).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Instrument).WithMany(i => i.Citations).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Provision).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
