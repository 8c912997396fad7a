using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Editing;

/// <summary>
/// Finds registry entries by what an editor types: a name, a slug, an abbreviation or an alias,
/// case-insensitively. Merged entries resolve to their survivor.
/// </summary>
public static class RegistryLookup
{
    /// <summary>The person with this name or name variant, or a new one (added to the context, not saved).</summary>
    public static async Task<Person> PersonOrNewAsync(ArchiveDbContext db, string name, CancellationToken ct)
    {
        name = name.Trim();
        var lower = name.ToLowerInvariant();
        var pattern = LikePattern(name);
        var person = await db.Persons.Include(p => p.Roles)
            .Where(p => EF.Functions.ILike(p.Name, pattern, "\\") || p.Slug == lower || p.NameVariants.Contains(name))
            .OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (person is not null)
        {
            return person;
        }

        var slug = await UniqueSlugAsync(SlugText.From(name), s => db.Persons.AnyAsync(p => p.Slug == s, ct));
        person = new Person { Name = name, Slug = slug };
        db.Persons.Add(person);
        return person;
    }

    public static async Task<LegalInstrument?> InstrumentAsync(ArchiveDbContext db, string text, CancellationToken ct)
    {
        var value = text.Trim();
        var lower = value.ToLowerInvariant();
        var pattern = LikePattern(value);
        var instrument = await db.Instruments
            .Where(i => i.Slug == lower || EF.Functions.ILike(i.Name, pattern, "\\") || (i.NameEs != null && EF.Functions.ILike(i.NameEs, pattern, "\\"))
                        || (i.Abbreviation != null && EF.Functions.ILike(i.Abbreviation, pattern, "\\")) || i.Aliases.Contains(value))
            .OrderBy(i => i.MergedIntoId != null).ThenBy(i => i.Id).FirstOrDefaultAsync(ct);
        return instrument?.MergedIntoId is int survivor ? await db.Instruments.FindAsync([survivor], ct) : instrument;
    }

    public static async Task<Actor?> ActorAsync(ArchiveDbContext db, string text, CancellationToken ct)
    {
        var value = text.Trim();
        var lower = value.ToLowerInvariant();
        var pattern = LikePattern(value);
        var actor = await db.Actors
            .Where(a => a.Slug == lower || EF.Functions.ILike(a.Name, pattern, "\\") || (a.NameEs != null && EF.Functions.ILike(a.NameEs, pattern, "\\"))
                        || a.Aliases.Contains(value))
            .OrderBy(a => a.MergedIntoId != null).ThenBy(a => a.Id).FirstOrDefaultAsync(ct);
        return actor?.MergedIntoId is int survivor ? await db.Actors.FindAsync([survivor], ct) : actor;
    }

    /// <summary>A tag by <c>vocabulary:slug</c>, slug or label; null with an error when none or several match.</summary>
    public static async Task<(Tag? Tag, string? Error)> TagAsync(ArchiveDbContext db, string text, CancellationToken ct)
    {
        var value = text.Trim();
        var lower = value.ToLowerInvariant();
        var pattern = LikePattern(value);
        var separator = value.IndexOf(':', StringComparison.Ordinal);
        List<Tag> matches;
        if (separator > 0)
        {
            var vocabulary = lower[..separator];
            var slug = lower[(separator + 1)..];
            matches = await db.Tags.Where(t => t.Vocabulary!.Slug == vocabulary && t.Slug == slug).ToListAsync(ct);
        }
        else
        {
            matches = await db.Tags.Where(t => t.Slug == lower || EF.Functions.ILike(t.Label, pattern, "\\") || (t.LabelEs != null && EF.Functions.ILike(t.LabelEs, pattern, "\\")))
                .Include(t => t.Vocabulary).ToListAsync(ct);
        }

        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"No tag \"{value}\" in the vocabularies."),
            _ => (null, $"\"{value}\" is in several vocabularies; choose one of: {string.Join(", ", matches.Select(m => m.Vocabulary?.Slug + ":" + m.Slug))}."),
        };
    }

    /// <summary>The instrument's provision for a pinpoint such as <c>Article 2(4)</c>, created when missing.</summary>
    public static async Task<Provision> ProvisionOrNewAsync(ArchiveDbContext db, LegalInstrument instrument, string pinpoint, CancellationToken ct)
    {
        var label = string.Join(' ', pinpoint.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var slug = SlugText.From(label);
        var provision = await db.Provisions.SingleOrDefaultAsync(p => p.InstrumentId == instrument.Id && p.Slug == slug, ct);
        if (provision is null)
        {
            provision = new Provision { Instrument = instrument, InstrumentId = instrument.Id, Label = label, Slug = slug };
            db.Provisions.Add(provision);
        }

        return provision;
    }

    /// <summary>An ILIKE pattern that matches <paramref name="text"/> literally, case-insensitively.</summary>
    public static string LikePattern(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public static async Task<string> UniqueSlugAsync(string slug, Func<string, Task<bool>> exists)
    {
        var candidate = slug;
        for (var n = 2; await exists(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
