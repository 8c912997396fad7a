using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Importing;
using Microsoft.EntityFrameworkCore;
using X = AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Web.Data.Seeding;

/// <summary>
/// Seeds the instrument and actor tables from the extraction registries, and the country table
/// from the registry's states (ISO 3166 codes). Adds what is missing; never overwrites an
/// editor's changes to an existing row.
/// </summary>
public static class RegistrySeeding
{
    public static InstrumentType MapType(string? type) => type?.ToLowerInvariant().Replace('-', ' ').Replace('_', ' ') switch
    {
        "treaty" => InstrumentType.Treaty,
        "resolution" => InstrumentType.Resolution,
        "general comment" => InstrumentType.GeneralComment,
        "statute" => InstrumentType.Statute,
        "declaration" => InstrumentType.Declaration,
        "national law" => InstrumentType.NationalLaw,
        "judgment" => InstrumentType.Judgment,
        _ => InstrumentType.Other,
    };

    public static async Task SeedAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        await SeedCountriesAsync(db, cancellationToken);

        var knownInstruments = (await db.Instruments.Select(i => i.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var i in X.InstrumentRegistry.Default.Instruments)
        {
            var slug = PublicIds.Slug(i.Id, 200);
            if (knownInstruments.Add(slug))
            {
                db.Instruments.Add(new LegalInstrument
                {
                    Slug = slug,
                    Name = i.NameEn,
                    NameEs = i.NameEs,
                    Abbreviation = i.AbbrevEn,
                    Aliases = i.Aliases.Concat(i.AbbrevEs is null ? [] : [i.AbbrevEs]).Distinct(StringComparer.Ordinal).ToList(),
                    Type = MapType(i.Type),
                    AdoptingBody = i.Body,
                    Year = i.Year > 0 ? i.Year : null,
                });
            }
        }

        var countryCodes = (await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var knownActors = (await db.Actors.Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var a in X.ActorRegistry.Default.Actors)
        {
            var slug = PublicIds.Slug(a.Id, 200);
            if (knownActors.Add(slug))
            {
                var code = a.CountryCode?.ToUpperInvariant();
                db.Actors.Add(new Actor
                {
                    Slug = slug,
                    Name = a.NameEn,
                    NameEs = a.NameEs,
                    Kind = a.Kind,
                    CountryCode = code is not null && countryCodes.Contains(code) ? code : null,
                    Aliases = a.Aliases.Take(50).ToList(),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Countries come from the actor registry's states, which carry ISO codes and English and Spanish names.</summary>
    private static async Task SeedCountriesAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var known = (await db.Countries.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var a in X.ActorRegistry.Default.Actors.Where(a => a.Kind == "state" && a.CountryCode is { Length: 2 }))
        {
            var code = a.CountryCode!.ToUpperInvariant();
            if (known.Add(code))
            {
                db.Countries.Add(new Country { Code = code, Name = a.NameEn, NameEs = a.NameEs });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
