using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace AmnestyArchive.Web.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.NameEs).HasMaxLength(300);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.HasIndex(a => a.Name).HasMethod("GIN").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_actors_name_trgm");
    }
}

internal sealed class DemandConfiguration : IEntityTypeConfiguration<Demand>
{
    public void Configure(EntityTypeBuilder<Demand> builder)
    {
        builder.HasIndex(d => d.PublicId).IsUnique();
        builder.HasIndex(d => new { d.StatementId, d.Ordinal });
        // Covering: the search facets look up a sample of matched statements and read only these
        // columns, so PostgreSQL answers from the index alone (docs/benchmarks.md, "Public site").
        builder.HasIndex(d => d.StatementId).IncludeProperties(d => new { d.Id, d.ActorId, d.RemovedAt });
        builder.HasIndex(d => d.ActorId);
        builder.Property(d => d.PublicId).HasMaxLength(16);
        builder.HasOne(d => d.Statement).WithMany(s => s.Demands).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.Actor).WithMany(a => a.Demands).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(d => d.Speaker).WithMany().HasForeignKey(d => d.SpeakerId).OnDelete(DeleteBehavior.SetNull);
        builder.Property<NpgsqlTsVector>(StatementConfiguration.SearchVector)
            .HasComputedColumnSql(
                "to_tsvector('english_unaccent'::regconfig, text) || to_tsvector('spanish_unaccent'::regconfig, text)",
                stored: true);
        builder.HasIndex(StatementConfiguration.SearchVector).HasMethod("GIN");
    }
}

internal sealed class DemandTagConfiguration : IEntityTypeConfiguration<DemandTag>
{
    public void Configure(EntityTypeBuilder<DemandTag> builder)
    {
        builder.HasKey(t => new { t.DemandId, t.TagId });
        builder.HasIndex(t => t.TagId);
        builder.HasOne(t => t.Demand).WithMany(d => d.Tags).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Tag).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VocabularyConfiguration : IEntityTypeConfiguration<Vocabulary>
{
    public void Configure(EntityTypeBuilder<Vocabulary> builder)
    {
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.Property(v => v.Slug).HasMaxLength(100);
        builder.Property(v => v.Name).HasMaxLength(200);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.HasIndex(t => new { t.VocabularyId, t.Slug }).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(200);
        builder.Property(t => t.Label).HasMaxLength(200);
        builder.Property(t => t.LabelEs).HasMaxLength(200);
        builder.HasOne(t => t.Vocabulary).WithMany(v => v.Tags).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Parent).WithMany(t => t.Children).HasForeignKey(t => t.ParentId)
            .OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => t.Label).HasMethod("GIN").HasOperators("gin_trgm_ops")
            .HasDatabaseName("ix_tags_label_trgm");
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(2).IsFixedLength();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.NameEs).HasMaxLength(200);
    }
}

internal sealed class StatementCountryConfiguration : IEntityTypeConfiguration<StatementCountry>
{
    public void Configure(EntityTypeBuilder<StatementCountry> builder)
    {
        builder.HasKey(c => new { c.StatementId, c.CountryCode });
        builder.HasIndex(c => c.CountryCode);
        builder.HasOne(c => c.Statement).WithMany(s => s.Countries).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Country).WithMany().HasForeignKey(c => c.CountryCode).OnDelete(DeleteBehavior.Cascade);
    }
}
