using System.Security.Cryptography;
using AmnestyArchive.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Editing;

/// <summary>One stored thing whose bytes no longer match their recorded SHA-256.</summary>
/// <param name="Kind"><c>original</c> (a statement's imported bytes) or <c>revision</c>.</param>
public sealed record FixityMismatch(string Kind, int StatementId, string PublicId, int? RevisionNumber, string Expected, string Actual);

public sealed record FixityReport(int OriginalsChecked, int RevisionsChecked, IReadOnlyList<FixityMismatch> Mismatches,
    DateTimeOffset CheckedAt)
{
    public bool IsIntact => Mismatches.Count == 0;
}

/// <summary>
/// Re-hashes every stored original (<c>OriginalBytes</c> against <c>OriginalSha256</c>) and every
/// revision (body and snapshot against <c>Sha256</c>), and reports each mismatch.
/// </summary>
public sealed class FixityVerifier(ArchiveDbContext db, TimeProvider clock, ILogger<FixityVerifier> logger)
{
    public async Task<FixityReport> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var mismatches = new List<FixityMismatch>();
        var originals = 0;
        // Streamed one row at a time: originals are up to 2 MB each.
        await foreach (var s in db.Statements.AsNoTracking().OrderBy(s => s.Id)
                           .Select(s => new { s.Id, s.PublicId, s.OriginalBytes, s.OriginalSha256 })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            originals++;
            var actual = Convert.ToHexStringLower(SHA256.HashData(s.OriginalBytes));
            if (!string.Equals(actual, s.OriginalSha256.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                mismatches.Add(new("original", s.Id, s.PublicId, null, s.OriginalSha256.Trim(), actual));
            }
        }

        var revisions = 0;
        await foreach (var r in db.Revisions.AsNoTracking().OrderBy(r => r.Id)
                           .Select(r => new { r.StatementId, r.Statement!.PublicId, r.Number, r.BodyMarkdown, r.SnapshotJson, r.Sha256 })
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            revisions++;
            var actual = RevisionSnapshot.Hash(r.BodyMarkdown, r.SnapshotJson);
            if (!string.Equals(actual, r.Sha256.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                mismatches.Add(new("revision", r.StatementId, r.PublicId, r.Number, r.Sha256.Trim(), actual));
            }
        }

        foreach (var m in mismatches)
        {
            logger.LogError("Fixity mismatch: {Kind} of {PublicId} (revision {RevisionNumber}) expected {Expected}, got {Actual}",
                m.Kind, m.PublicId, m.RevisionNumber, m.Expected, m.Actual);
        }

        logger.LogInformation("Fixity: {Originals} originals, {Revisions} revisions, {Mismatches} mismatches",
            originals, revisions, mismatches.Count);
        return new FixityReport(originals, revisions, mismatches, clock.GetUtcNow());
    }
}
