using AmnestyArchive.Web.Data.Seeding;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using X = AmnestyArchive.Core.Extraction;

namespace AmnestyArchive.Web.Importing;

/// <summary>Finds a person by name or name variant, or creates one; remembers what it created in this import.</summary>
internal sealed class PersonResolver(Data.ArchiveDbContext db)
{
    private readonly Dictionary<string, Person> seen = new(StringComparer.OrdinalIgnoreCase);

    public async Task<Person> GetOrCreateAsync(string name, CancellationToken cancellationToken)
    {
        name = name.Trim();
        if (seen.TryGetValue(name, out var known))
        {
            return known;
        }

        var lower = name.ToLowerInvariant();
        var person = await db.Persons.Include(p => p.Roles)
            .FirstOrDefaultAsync(p => p.Name.ToLower() == lower || p.NameVariants.Contains(name), cancellationToken);
        if (person is null)
        {
            person = new Person { Name = name, Slug = await UniqueSlugAsync(PublicIds.Slug(name), cancellationToken) };
            db.Persons.Add(person);
        }

        seen[name] = person;
        return person;
    }

    public void NoteRole(Person person, string title, DateOnly? when)
    {
        title = title.Trim();
        if (title.Length > 500)
        {
            title = title[..500];
        }

        var role = person.Roles.FirstOrDefault(r => string.Equals(r.Title, title, StringComparison.OrdinalIgnoreCase));
        if (role is null)
        {
            person.Roles.Add(new PersonRole { Title = title, FirstSeen = when, LastSeen = when });
            return;
        }

        if (when is not null)
        {
            role.FirstSeen = role.FirstSeen is null || when < role.FirstSeen ? when : role.FirstSeen;
            role.LastSeen = role.LastSeen is null || when > role.LastSeen ? when : role.LastSeen;
        }
    }

    private async Task<string> UniqueSlugAsync(string slug, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Persons.AnyAsync(p => p.Slug == candidate, cancellationToken)
                        || seen.Values.Any(p => p.Slug == candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

/// <summary>Maps an extracted citation to the instrument table (registry slug first) and its provision.</summary>
internal sealed class InstrumentResolver(Data.ArchiveDbContext db)
{
    private readonly Dictionary<string, LegalInstrument> instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Provision> provisions = [];

    public async Task<LegalInstrument> GetOrCreateAsync(X.Citation citation, CancellationToken cancellationToken)
    {
        var slug = PublicIds.Slug(citation.InstrumentId, 200);
        if (instruments.TryGetValue(slug, out var known))
        {
            return known;
        }

        var instrument = await db.Instruments.FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);
        while (instrument?.MergedIntoId is int survivor)
        {
            instrument = await db.Instruments.FirstAsync(i => i.Id == survivor, cancellationToken);
        }

        if (instrument is null)
        {
            instrument = new LegalInstrument
            {
                Slug = slug,
                Name = citation.Instrument,
                Abbreviation = citation.Abbrev,
                Type = RegistrySeeding.MapType(citation.InstrumentType),
            };
            db.Instruments.Add(instrument);
        }

        instruments[slug] = instrument;
        return instrument;
    }

    public async Task<Provision> GetOrCreateProvisionAsync(LegalInstrument instrument, string pinpoint, CancellationToken cancellationToken)
    {
        var label = pinpoint.Trim();
        var slug = PublicIds.Slug(label, 200);
        if (provisions.TryGetValue((instrument.Slug, slug), out var known))
        {
            return known;
        }

        var provision = instrument.Id == 0
            ? null
            : await db.Provisions.FirstOrDefaultAsync(p => p.InstrumentId == instrument.Id && p.Slug == slug, cancellationToken);
        if (provision is null)
        {
            provision = new Provision { Instrument = instrument, Label = label.Length > 200 ? label[..200] : label, Slug = slug };
            db.Provisions.Add(provision);
        }

        provisions[(instrument.Slug, slug)] = provision;
        return provision;
    }
}

/// <summary>Maps an extracted addressee to the actor table by registry slug, creating unknown actors.</summary>
internal sealed class ActorResolver(Data.ArchiveDbContext db)
{
    private readonly Dictionary<string, Actor> seen = new(StringComparer.Ordinal);

    public async Task<Actor> GetOrCreateAsync(X.Demand demand, CancellationToken cancellationToken)
    {
        var slug = PublicIds.Slug(demand.AddresseeId, 200);
        if (seen.TryGetValue(slug, out var known))
        {
            return known;
        }

        var actor = await db.Actors.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        while (actor?.MergedIntoId is int survivor)
        {
            actor = await db.Actors.FirstAsync(a => a.Id == survivor, cancellationToken);
        }

        if (actor is null)
        {
            actor = new Actor
            {
                Slug = slug,
                Name = demand.Addressee,
                CountryCode = demand.AddresseeCountry is { Length: 2 } c ? c.ToUpperInvariant() : null,
            };
            db.Actors.Add(actor);
        }

        seen[slug] = actor;
        return actor;
    }
}
