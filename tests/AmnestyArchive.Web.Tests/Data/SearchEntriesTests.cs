using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Data;

/// <summary>
/// The search projection (ADR 0012) is kept by triggers: after any change to a statement, its
/// quotes, demands, citations, countries or tags, <c>search_entries</c> must hold exactly what
/// <c>search_entry_source</c> computes from the statement tables.
/// </summary>
public sealed class SearchEntriesTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    /// <summary>Rows kept and rows computed, joined across the two tables.</summary>
    private const string Kept = """
        SELECT e.kind, e.item_id, e.statement_id, e.ordinal, e.published_on, e.language, e.publisher, e.who_id, e.speaker_id,
               f.countries, f.speakers, f.instruments, f.addressees, f.tags, e.search_vector
          FROM search_entries e FULL JOIN search_facets f ON f.kind = e.kind AND f.item_id = e.item_id
        """;

    /// <summary>
    /// The same rows with the facet arrays that <c>search_entries</c> keeps for the search's facet
    /// sample (ADR 0015), where an empty array is stored as NULL.
    /// </summary>
    private const string KeptInEntries = """
        SELECT e.kind, e.item_id, e.statement_id, e.ordinal, e.published_on, e.language, e.publisher, e.who_id, e.speaker_id,
               coalesce(e.countries, ARRAY[]::character(2)[]), coalesce(e.speakers, ARRAY[]::int[]), coalesce(e.instruments, ARRAY[]::int[]),
               coalesce(e.addressees, ARRAY[]::int[]), coalesce(e.tags, ARRAY[]::int[]), e.search_vector
          FROM search_entries e
        """;

    /// <summary>
    /// Rows in one and not the other, both ways, for the facet arrays of either table; and entries
    /// that store an empty array instead of NULL.
    /// </summary>
    private Task<int> DriftAsync() => Factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>($"""
        SELECT ((SELECT count(*) FROM ({Kept} EXCEPT SELECT * FROM search_entry_source) AS d)
              + (SELECT count(*) FROM (SELECT * FROM search_entry_source EXCEPT {Kept}) AS d)
              + (SELECT count(*) FROM ({KeptInEntries} EXCEPT SELECT * FROM search_entry_source) AS d)
              + (SELECT count(*) FROM (SELECT * FROM search_entry_source EXCEPT {KeptInEntries}) AS d)
              + (SELECT count(*) FROM search_entries e
                  WHERE cardinality(e.countries) = 0 OR cardinality(e.speakers) = 0 OR cardinality(e.instruments) = 0
                     OR cardinality(e.addressees) = 0 OR cardinality(e.tags) = 0))::int AS "Value"
        """).SingleAsync());

    private Task<SearchFacets> StatementFacetsAsync(int statementId) =>
        Factory.WithDbAsync(db => db.SearchFacets.AsNoTracking().SingleAsync(f => f.Kind == SearchEntry.StatementKind && f.ItemId == statementId));

    private Task<List<SearchEntry>> EntriesAsync(int statementId) =>
        Factory.WithDbAsync(db => db.SearchEntries.AsNoTracking().Where(e => e.StatementId == statementId).OrderBy(e => e.Kind).ThenBy(e => e.Ordinal).ToListAsync());

    private Task ChangeAsync(Func<ArchiveDbContext, Task> change) => Factory.WithDbAsync(async db =>
    {
        await change(db);
        await db.SaveChangesAsync();
        return 0;
    });

    [Fact]
    public async Task PublishedStatement_HasOneEntryPerStatementQuoteAndDemand_WithItsFacets()
    {
        var statement = await Data.AddStatementAsync();
        await Data.AddStatementAsync(s => s.Status = StatementStatus.Draft);

        var entries = await EntriesAsync(statement.Id);

        Assert.Equal(1, entries.Count(e => e.Kind == SearchEntry.StatementKind));
        Assert.Equal(1, entries.Count(e => e.Kind == SearchEntry.QuoteKind));
        Assert.Equal(2, entries.Count(e => e.Kind == SearchEntry.DemandKind));
        var own = await StatementFacetsAsync(statement.Id);
        Assert.Equal(["US", "VE"], own.Countries);
        Assert.Single(own.Speakers);
        Assert.Single(own.Instruments);
        Assert.Equal(2, own.Addressees.Length);
        Assert.Equal(3, own.Tags.Length);
        Assert.Equal(new DateOnly(2026, 2, 3), entries.Single(e => e.Kind == SearchEntry.StatementKind).PublishedOn);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.SearchEntries.Select(e => e.StatementId).Distinct().CountAsync()));
        Assert.Equal(0, await DriftAsync());
    }

    [Fact]
    public async Task Entries_FollowEveryKindOfChange()
    {
        var statement = await Data.AddStatementAsync();
        var other = await Data.AddStatementAsync(s => s.Countries = ["CO"]);

        // A quote removed in review leaves search, and its speaker leaves the statement's facets.
        await ChangeAsync(async db => (await db.Quotes.SingleAsync(q => q.StatementId == statement.Id)).RemovedAt = DateTimeOffset.UtcNow);
        var entries = await EntriesAsync(statement.Id);
        Assert.DoesNotContain(entries, e => e.Kind == SearchEntry.QuoteKind);
        Assert.Empty((await StatementFacetsAsync(statement.Id)).Speakers);
        Assert.Equal(0, await DriftAsync());

        // A demand's addressee corrected, a tag added to it, a country and a citation removed.
        var actorId = await Factory.WithDbAsync(db => db.Actors.Where(a => a.Slug == "ve-authorities").Select(a => a.Id).SingleAsync());
        await ChangeAsync(async db =>
        {
            var demand = await db.Demands.Where(d => d.StatementId == statement.Id).OrderBy(d => d.Ordinal).FirstAsync();
            demand.ActorId = actorId;
            db.DemandTags.Add(new DemandTag { DemandId = demand.Id, TagId = await db.Tags.Where(t => t.Slug == "armed-conflict" && t.Vocabulary!.Slug == "themes").Select(t => t.Id).SingleAsync() });
            db.StatementCountries.Remove(await db.StatementCountries.SingleAsync(c => c.StatementId == statement.Id && c.CountryCode == "US"));
            db.Citations.Remove(await db.Citations.SingleAsync(c => c.StatementId == statement.Id));
        });
        var own = await StatementFacetsAsync(statement.Id);
        Assert.Equal(["VE"], own.Countries);
        Assert.Empty(own.Instruments);
        Assert.Contains(actorId, own.Addressees);
        Assert.Equal(0, await DriftAsync());

        // A new date and a withdrawal: the other statement's entries are untouched.
        await ChangeAsync(async db => (await db.Statements.SingleAsync(s => s.Id == statement.Id)).PublishedOn = new DateOnly(2020, 5, 1));
        Assert.All(await EntriesAsync(statement.Id), e => Assert.Equal(new DateOnly(2020, 5, 1), e.PublishedOn));
        await ChangeAsync(async db => (await db.Statements.SingleAsync(s => s.Id == statement.Id)).Status = StatementStatus.Withdrawn);
        Assert.Empty(await EntriesAsync(statement.Id));
        Assert.Equal(4, (await EntriesAsync(other.Id)).Count);
        Assert.Equal(0, await DriftAsync());

        // A quote deleted outright (not only marked removed) takes its entry with it.
        await ChangeAsync(async db => db.Quotes.Remove(await db.Quotes.SingleAsync(q => q.StatementId == other.Id)));
        Assert.DoesNotContain(await EntriesAsync(other.Id), e => e.Kind == SearchEntry.QuoteKind);
        Assert.Equal(0, await DriftAsync());
    }

    [Fact]
    public async Task SortKey_OrdersEntriesNewestFirst_ThenByStatement_AndYearIsTheDatesYear()
    {
        // Two statements on one day (a tie the key breaks by statement), older and newer ones, one
        // with no date (first in a newest-first order), and the extreme dates PostgreSQL can store.
        foreach (var day in new[] { new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), new DateOnly(1999, 12, 31), new DateOnly(2024, 3, 2) })
        {
            await Data.AddStatementAsync(s => s.PublishedOn = day);
        }

        foreach (var date in new[] { null, "infinity", "-infinity", "5874897-12-31", "4713-01-01 BC" })
        {
            var statement = await Data.AddStatementAsync();
            await Factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE statements SET published_on = CAST({date} AS date) WHERE id = {statement.Id}"));
        }

        // The position of each entry of a kind in search's order, by the old columns and by the key.
        var misplaced = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM (
              SELECT row_number() OVER (PARTITION BY kind ORDER BY published_on DESC, statement_id DESC, ordinal) AS by_columns,
                     row_number() OVER (PARTITION BY kind ORDER BY sort_key DESC, ordinal) AS by_key
                FROM search_entries) AS o
             WHERE by_columns <> by_key
            """).SingleAsync());
        Assert.Equal(9 * 4, await Factory.WithDbAsync(db => db.SearchEntries.CountAsync()));
        Assert.Equal(0, misplaced);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM search_entries
             WHERE year IS DISTINCT FROM CASE WHEN isfinite(published_on) THEN extract(year FROM published_on)::int END
            """).SingleAsync()));
    }

    [Fact]
    public async Task Rebuild_RecreatesWhatTheTriggersKept()
    {
        await Data.AddStatementAsync();
        await Data.AddStatementAsync(s => s.Language = "es");
        var before = await Factory.WithDbAsync(db => db.SearchEntries.CountAsync());

        var rebuilt = await Factory.WithDbAsync(db => db.Database.SqlQueryRaw<long>("""SELECT search_entries_rebuild() AS "Value" """).SingleAsync());

        Assert.Equal(8, before);
        Assert.Equal(before, rebuilt);
        Assert.Equal(0, await DriftAsync());
    }

    [Fact]
    public async Task BulkLoad_WithTriggersOff_ThenRebuild_IsSearchable()
    {
        // What the benchmark generator does: rows written with the triggers off, then one rebuild.
        // The setting is per session: a new session still keeps the projection.
        var statement = await Data.AddStatementAsync();
        Assert.Equal(4, (await EntriesAsync(statement.Id)).Count);

        await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("SET archive.search_entries = 'off'");
            await db.Database.ExecuteSqlRawAsync("UPDATE statements SET published_on = DATE '2019-01-01' WHERE id = {0}", statement.Id);
            Assert.NotEqual(0, await db.Database.SqlQueryRaw<int>($"""
                SELECT count(*)::int AS "Value" FROM ({Kept} EXCEPT SELECT * FROM search_entry_source) AS d
                """).SingleAsync());
            await db.Database.ExecuteSqlRawAsync("SELECT search_entries_rebuild()");
            await db.Database.CloseConnectionAsync();
            return 0;
        });
        Assert.All(await EntriesAsync(statement.Id), e => Assert.Equal(new DateOnly(2019, 1, 1), e.PublishedOn));
        Assert.Equal(0, await DriftAsync());
    }
}
