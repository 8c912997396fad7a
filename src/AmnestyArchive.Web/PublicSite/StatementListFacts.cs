using System.Text.Json;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// What the statement list's filters count: published statements per year, publisher and
/// language, and per country. They do not depend on the filters or the page, so they are worked
/// out once (two scans of every published statement) and kept in the output-cache store beside
/// the pages, tagged like a list: publishing, correcting or withdrawing a statement evicts them
/// with the lists, here and on every other instance (ADR 0007). Without this, each of the many
/// filter and page combinations a crawler walks would repeat both scans.
/// </summary>
public sealed class StatementListFacts(IOutputCacheStore store)
{
    internal const string Key = "data:statement-list-facts";

    public sealed record Group(int? Year, string Publisher, string Language, int Count);

    public sealed record CountryCount(string Code, string Name, int Count);

    public sealed record Facts(IReadOnlyList<Group> Groups, IReadOnlyList<CountryCount> Countries);

    public async Task<Facts> GetAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(Key, cancellationToken) is { } cached)
        {
            return JsonSerializer.Deserialize<Facts>(cached)!;
        }

        var facts = await ComputeAsync(db, cancellationToken);
        // As with a page, a statement published while these were counted may be missing from them
        // until the next change of the lists or the hour is up.
        await store.SetAsync(Key, JsonSerializer.SerializeToUtf8Bytes(facts), [CacheTags.Lists, CacheTags.All], PublicPagePolicy.Duration, cancellationToken);
        return facts;
    }

    private static async Task<Facts> ComputeAsync(ArchiveDbContext db, CancellationToken cancellationToken)
    {
        var groups = await db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published)
            .GroupBy(s => new { Year = s.PublishedOn == null ? (int?)null : s.PublishedOn.Value.Year, s.Publisher, s.Language })
            .Select(g => new Group(g.Key.Year, g.Key.Publisher, g.Key.Language, g.Count()))
            .ToListAsync(cancellationToken);
        var countries = await db.StatementCountries.AsNoTracking().Where(c => c.Statement!.Status == StatementStatus.Published)
            .GroupBy(c => new { c.CountryCode, c.Country!.Name })
            .Select(g => new { g.Key.CountryCode, g.Key.Name, Count = g.Count() })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return new Facts(groups, countries.ConvertAll(c => new CountryCount(c.CountryCode, c.Name, c.Count)));
    }
}
