using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// The counts beside each entry of the browse lists and their API twins: live quotes, demands and
/// tags of published statements, and the published statements citing an instrument. Each is one
/// grouped query over the linked rows, matched to the (small) entity table afterwards. Counting
/// with a subquery per entity read every linked row once per entity and its statement besides:
/// 8.6 s for the addressees list over 100,000 statements, against about 0.1 s grouped
/// (docs/benchmarks.md, "Browse lists"). Quotes by speaker and demands by addressee are counted
/// in the search projection (ADR 0012), which holds exactly the live quotes and demands of
/// published statements, each with its speaker or addressee in <c>who_id</c> and a partial index
/// on it: an index-only scan, with no join to the statements.
/// </summary>
internal static class EntityCounts
{
    /// <summary>Live quotes of published statements, by speaker id (from the search projection).</summary>
    public static Task<Dictionary<int, int>> QuotesBySpeakerAsync(ArchiveDbContext db, CancellationToken ct) =>
        db.SearchEntries.Where(e => e.Kind == SearchEntry.QuoteKind && e.WhoId != null)
            .GroupBy(e => e.WhoId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Live demands of published statements, by addressee id (from the search projection).</summary>
    public static Task<Dictionary<int, int>> DemandsByActorAsync(ArchiveDbContext db, CancellationToken ct) =>
        db.SearchEntries.Where(e => e.Kind == SearchEntry.DemandKind && e.WhoId != null)
            .GroupBy(e => e.WhoId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Published statements citing each instrument (a statement citing it twice counts once).</summary>
    public static Task<Dictionary<int, int>> CitingStatementsByInstrumentAsync(ArchiveDbContext db, CancellationToken ct) =>
        db.Citations.Where(c => c.InstrumentId != null && c.Statement!.Status == StatementStatus.Published)
            .GroupBy(c => c.InstrumentId!.Value)
            .Select(g => new { g.Key, Count = g.Select(c => c.StatementId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Citations in published statements, by instrument id.</summary>
    public static Task<Dictionary<int, int>> CitationsByInstrumentAsync(ArchiveDbContext db, CancellationToken ct) =>
        db.Citations.Where(c => c.InstrumentId != null && c.Statement!.Status == StatementStatus.Published)
            .GroupBy(c => c.InstrumentId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Live quotes and demands of published statements carrying each tag.</summary>
    public static async Task<Dictionary<int, int>> TaggedByTagAsync(ArchiveDbContext db, CancellationToken ct)
    {
        var counts = await db.QuoteTags.Where(t => t.Quote!.RemovedAt == null && t.Quote.Statement!.Status == StatementStatus.Published)
            .GroupBy(t => t.TagId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var demands = await db.DemandTags.Where(t => t.Demand!.RemovedAt == null && t.Demand.Statement!.Status == StatementStatus.Published)
            .GroupBy(t => t.TagId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        foreach (var d in demands)
        {
            counts[d.Key] = counts.GetValueOrDefault(d.Key) + d.Count;
        }

        return counts;
    }
}
