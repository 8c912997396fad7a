using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// Evicts the pages a statement appears on: here at once, and on every other instance through
/// PostgreSQL <c>NOTIFY</c>, which <see cref="CacheInvalidationListener"/> hears (ADR 0007).
/// </summary>
public sealed class PublicPageCache(
    IServiceScopeFactory scopes,
    IOutputCacheStore store,
    IConfiguration configuration,
    ILogger<PublicPageCache> logger) : IPublicCache
{
    public const string Channel = "archive_public_cache";

    // NOTIFY payloads must stay under 8000 bytes; past that, every public page is evicted.
    private const int MaxPayload = 7000;

    public async Task StatementChangedAsync(int statementId, CancellationToken cancellationToken = default)
    {
        IReadOnlyCollection<string> tags;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            tags = await TagsOfStatementAsync(db, statementId, cancellationToken);
        }

        await EvictLocallyAsync(store, tags, cancellationToken);
        logger.LogInformation("Evicted {TagCount} cache tags for statement {StatementId}", tags.Count, statementId);

        var payload = string.Join('\n', tags);
        if (payload.Length > MaxPayload)
        {
            payload = CacheTags.All;
        }

        try
        {
            await using var connection = new NpgsqlConnection(configuration.GetConnectionString(ArchiveDataExtensions.ConnectionStringName));
            await connection.OpenAsync(cancellationToken);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", Channel);
            notify.Parameters.AddWithValue("payload", payload);
            await notify.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException ex)
        {
            // This instance is already clean; the others expire their copies within the hour.
            logger.LogWarning(ex, "Could not notify other instances about statement {StatementId}", statementId);
        }
    }

    internal static async Task EvictLocallyAsync(IOutputCacheStore store, IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }

    /// <summary>
    /// The statement itself (its page, revisions, citations formats, quotes and demands all carry
    /// its tag), the entity pages it now links to, and the lists. Entity pages that listed it
    /// before a correction carry its tag too, so they go as well.
    /// </summary>
    internal static async Task<IReadOnlyCollection<string>> TagsOfStatementAsync(ArchiveDbContext db, int statementId, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal) { CacheTags.Lists };
        var publicId = await db.Statements.AsNoTracking().Where(s => s.Id == statementId).Select(s => s.PublicId)
            .FirstOrDefaultAsync(cancellationToken);
        if (publicId is null)
        {
            return tags;
        }

        tags.Add(CacheTags.Statement(publicId));
        foreach (var slug in await db.Quotes.AsNoTracking().Where(q => q.StatementId == statementId && q.Person != null)
                     .Select(q => q.Person!.Slug).Distinct().ToListAsync(cancellationToken))
        {
            tags.Add(CacheTags.Person(slug));
        }

        foreach (var slug in await db.Demands.AsNoTracking().Where(d => d.StatementId == statementId && d.Speaker != null)
                     .Select(d => d.Speaker!.Slug).Distinct().ToListAsync(cancellationToken))
        {
            tags.Add(CacheTags.Person(slug));
        }

        foreach (var slug in await db.Citations.AsNoTracking().Where(c => c.StatementId == statementId && c.Instrument != null)
                     .Select(c => c.Instrument!.Slug).Distinct().ToListAsync(cancellationToken))
        {
            tags.Add(CacheTags.Instrument(slug));
        }

        foreach (var slug in await db.Demands.AsNoTracking().Where(d => d.StatementId == statementId && d.Actor != null)
                     .Select(d => d.Actor!.Slug).Distinct().ToListAsync(cancellationToken))
        {
            tags.Add(CacheTags.Actor(slug));
        }

        var quoteTags = db.QuoteTags.AsNoTracking().Where(t => t.Quote!.StatementId == statementId)
            .Select(t => new { Vocabulary = t.Tag!.Vocabulary!.Slug, t.Tag.Slug });
        var demandTags = db.DemandTags.AsNoTracking().Where(t => t.Demand!.StatementId == statementId)
            .Select(t => new { Vocabulary = t.Tag!.Vocabulary!.Slug, t.Tag.Slug });
        foreach (var t in (await quoteTags.ToListAsync(cancellationToken)).Concat(await demandTags.ToListAsync(cancellationToken)))
        {
            tags.Add(CacheTags.Tag(t.Vocabulary, t.Slug));
        }

        foreach (var code in await db.StatementCountries.AsNoTracking().Where(c => c.StatementId == statementId)
                     .Select(c => c.CountryCode).ToListAsync(cancellationToken))
        {
            tags.Add(CacheTags.Country(code));
        }

        return tags;
    }
}
