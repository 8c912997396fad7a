using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Editing;

/// <summary>
/// What a revision freezes: the statement's quotes, citations, demands and tags at publish time,
/// as JSON in a fixed order, and the SHA-256 that <see cref="FixityVerifier"/> checks later.
/// </summary>
public static class RevisionSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public sealed record QuoteEntry(string PublicId, string Text, string? Speaker, string? SpeakerSlug, string? Role, string Kind,
        int Start, int End, string? Repeats, IReadOnlyList<string> Tags);

    public sealed record CitationEntry(string Surface, string? Instrument, string? Provision, string? Pinpoint, int Start, int End);

    public sealed record DemandEntry(string PublicId, string Text, string? Addressee, int Start, int End, IReadOnlyList<string> Tags);

    public sealed record Snapshot(string? Title, IReadOnlyList<QuoteEntry> Quotes, IReadOnlyList<CitationEntry> Citations,
        IReadOnlyList<DemandEntry> Demands);

    /// <summary>Reads the statement's current annotations; removed quotes and demands are left out.</summary>
    public static async Task<Snapshot> ReadAsync(ArchiveDbContext db, int statementId, string? title, CancellationToken ct)
    {
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.StatementId == statementId && q.RemovedAt == null)
            .OrderBy(q => q.Start).ThenBy(q => q.Id)
            .Select(q => new QuoteEntry(q.PublicId, q.Text, q.Person!.Name, q.Person.Slug, q.SpeakerRole, q.Kind.ToString(),
                q.Start, q.End, q.RepeatsQuote!.PublicId,
                q.Tags.OrderBy(t => t.Tag!.Vocabulary!.Slug).ThenBy(t => t.Tag!.Slug)
                    .Select(t => t.Tag!.Vocabulary!.Slug + ":" + t.Tag.Slug).ToList()))
            .ToListAsync(ct);
        var citations = await db.Citations.AsNoTracking()
            .Where(c => c.StatementId == statementId)
            .OrderBy(c => c.Start).ThenBy(c => c.Id)
            .Select(c => new CitationEntry(c.Surface, c.Instrument!.Slug, c.Provision!.Slug, c.Pinpoint, c.Start, c.End))
            .ToListAsync(ct);
        var demands = await db.Demands.AsNoTracking()
            .Where(d => d.StatementId == statementId && d.RemovedAt == null)
            .OrderBy(d => d.Start).ThenBy(d => d.Id)
            .Select(d => new DemandEntry(d.PublicId, d.Text, d.Actor!.Slug, d.Start, d.End,
                d.Tags.OrderBy(t => t.Tag!.Vocabulary!.Slug).ThenBy(t => t.Tag!.Slug)
                    .Select(t => t.Tag!.Vocabulary!.Slug + ":" + t.Tag.Slug).ToList()))
            .ToListAsync(ct);
        return new Snapshot(title, quotes, citations, demands);
    }

    public static string Serialize(Snapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    /// <summary>
    /// Lower-case hex SHA-256 of the UTF-8 body, a NUL byte, and the UTF-8 snapshot JSON exactly as
    /// stored (the NUL keeps "ab"+"c" and "a"+"bc" apart).
    /// </summary>
    public static string Hash(string bodyMarkdown, string snapshotJson)
    {
        var body = Encoding.UTF8.GetBytes(bodyMarkdown);
        var snapshot = Encoding.UTF8.GetBytes(snapshotJson);
        var bytes = new byte[body.Length + 1 + snapshot.Length];
        body.CopyTo(bytes, 0);
        snapshot.CopyTo(bytes, body.Length + 1);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
