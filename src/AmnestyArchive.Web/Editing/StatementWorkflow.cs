using AmnestyArchive.Core.Markdown;
using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Editing;

/// <summary>What became of a workflow step.</summary>
public enum WorkflowOutcome
{
    Done = 0,
    NotFound = 1,

    /// <summary>The statement changed since the editor loaded it; nothing was written.</summary>
    Conflict = 2,

    /// <summary>The step is not allowed from the statement's status, or its input is missing.</summary>
    Refused = 3,
}

public sealed record WorkflowResult(WorkflowOutcome Outcome, string Message, int? RevisionNumber = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;
}

/// <summary>
/// Draft → InReview → Published (→ corrections, each a new revision) → Withdrawn. Each step is one
/// transaction with its audit event, checked against the statement's <c>xmin</c> version, and is
/// followed by <see cref="IPublicCache.StatementChangedAsync"/> when the public view changed.
/// </summary>
public sealed class StatementWorkflow(
    ArchiveDbContext db,
    AuditTrail audit,
    IPublicCache publicCache,
    TimeProvider clock,
    ILogger<StatementWorkflow> logger)
{
    /// <summary>Moves a draft to review.</summary>
    public async Task<WorkflowResult> SubmitForReviewAsync(int statementId, uint expectedVersion, string? userName,
        CancellationToken cancellationToken = default)
    {
        var statement = await db.Statements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return new(WorkflowOutcome.NotFound, "No such statement.");
        }

        if (statement.Status != StatementStatus.Draft)
        {
            return new(WorkflowOutcome.Refused, $"Only a draft can be submitted for review; this statement is {statement.Status}.");
        }

        db.Entry(statement).Property(s => s.Version).OriginalValue = expectedVersion;
        statement.Status = StatementStatus.InReview;
        statement.UpdatedAt = clock.GetUtcNow();
        audit.Record(userName, AuditActions.SubmitForReview, nameof(Statement), statement.PublicId, "Submitted for review",
            new { Status = nameof(StatementStatus.Draft) }, new { Status = nameof(StatementStatus.InReview) });
        return await SaveAsync(statement, "Submitted for review.", null, invalidate: false, cancellationToken);
    }

    /// <summary>
    /// Publishes a statement in review, or publishes a correction of a published one: either way a
    /// new immutable <see cref="Revision"/> numbered <c>CurrentRevision + 1</c>.
    /// </summary>
    public async Task<WorkflowResult> PublishAsync(int statementId, uint expectedVersion, string? userName, string? note,
        CancellationToken cancellationToken = default)
    {
        var statement = await db.Statements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return new(WorkflowOutcome.NotFound, "No such statement.");
        }

        if (statement.Status is not (StatementStatus.InReview or StatementStatus.Published))
        {
            return new(WorkflowOutcome.Refused, statement.Status == StatementStatus.Draft
                ? "Submit the draft for review before publishing it."
                : "A withdrawn statement cannot be published again.");
        }

        var isCorrection = statement.Status == StatementStatus.Published;
        if (isCorrection && string.IsNullOrWhiteSpace(note))
        {
            return new(WorkflowOutcome.Refused, "A correction needs a note saying what changed.");
        }

        db.Entry(statement).Property(s => s.Version).OriginalValue = expectedVersion;
        var now = clock.GetUtcNow();
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.StatementId == statement.Id).OrderBy(b => b.Ordinal)
            .Select(b => new { b.Anchor, b.Kind, b.Text, b.Start }).ToListAsync(cancellationToken);
        var body = blocks.Count == 0
            ? statement.NormalizedText
            : StatementMarkdown.ToMarkdown(blocks.Select(b => new RenderBlock(b.Anchor, EditorRendering.Kind(b.Kind), b.Text, b.Start)).ToList());
        var snapshot = RevisionSnapshot.Serialize(await RevisionSnapshot.ReadAsync(db, statement.Id, statement.Title, cancellationToken));

        // The column is jsonb, which stores its own canonical form: hash exactly what will be read
        // back, so that the fixity check re-hashes the same bytes years later.
        snapshot = await db.Database.SqlQuery<string>($"SELECT CAST(CAST({snapshot} AS jsonb) AS text) AS \"Value\"")
            .SingleAsync(cancellationToken);

        var revision = new Revision
        {
            StatementId = statement.Id,
            Number = statement.CurrentRevision + 1,
            CreatedAt = now,
            CreatedBy = userName,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Title = statement.Title,
            BodyMarkdown = body,
            SnapshotJson = snapshot,
            Sha256 = RevisionSnapshot.Hash(body, snapshot),
        };
        db.Revisions.Add(revision);
        var before = new { Status = statement.Status.ToString(), statement.CurrentRevision };
        statement.Status = StatementStatus.Published;
        statement.CurrentRevision = revision.Number;
        statement.PublishedAt ??= now;
        statement.UpdatedAt = now;
        audit.Record(userName, isCorrection ? AuditActions.PublishCorrection : AuditActions.Publish, nameof(Statement),
            statement.PublicId, $"Published revision {revision.Number}" + (revision.Note is null ? "" : $": {revision.Note}"),
            before, new { Status = statement.Status.ToString(), statement.CurrentRevision, revision.Sha256 });
        var result = await SaveAsync(statement,
            isCorrection ? $"Published correction (revision {revision.Number})." : $"Published (revision {revision.Number}).",
            revision.Number, invalidate: true, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Published {StatementId} revision {RevisionNumber} by {UserName}", statement.Id, revision.Number, userName);
        }

        return result;
    }

    /// <summary>Withdraws a statement: it stays, as a tombstone showing <paramref name="reason"/>.</summary>
    public async Task<WorkflowResult> WithdrawAsync(int statementId, uint expectedVersion, string? userName, string reason,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new(WorkflowOutcome.Refused, "Withdrawing needs a reason; it is shown on the statement's page.");
        }

        var statement = await db.Statements.SingleOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return new(WorkflowOutcome.NotFound, "No such statement.");
        }

        if (statement.Status == StatementStatus.Withdrawn)
        {
            return new(WorkflowOutcome.Refused, "The statement is already withdrawn.");
        }

        db.Entry(statement).Property(s => s.Version).OriginalValue = expectedVersion;
        var before = new { Status = statement.Status.ToString() };
        var now = clock.GetUtcNow();
        statement.Status = StatementStatus.Withdrawn;
        statement.WithdrawnAt = now;
        statement.WithdrawalReason = reason.Trim();
        statement.UpdatedAt = now;
        audit.Record(userName, AuditActions.Withdraw, nameof(Statement), statement.PublicId, $"Withdrawn: {statement.WithdrawalReason}",
            before, new { Status = statement.Status.ToString(), statement.WithdrawalReason });
        return await SaveAsync(statement, "Withdrawn.", null, invalidate: true, cancellationToken);
    }

    private async Task<WorkflowResult> SaveAsync(Statement statement, string message, int? revisionNumber, bool invalidate,
        CancellationToken cancellationToken)
    {
        try
        {
            // One SaveChanges is one transaction: the statement, its revision and the audit event.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Workflow step on {StatementId} refused: stale version", statement.Id);
            return new(WorkflowOutcome.Conflict,
                "Someone else changed this statement since you opened it. Nothing was saved; review their change and try again.");
        }

        if (invalidate)
        {
            await publicCache.StatementChangedAsync(statement.Id, cancellationToken);
        }

        return new(WorkflowOutcome.Done, message, revisionNumber);
    }
}
