using System.Security.Claims;
using System.Text.Json;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;

namespace AmnestyArchive.Web.Editing;

/// <summary>
/// Records editor and admin actions as <see cref="AuditEvent"/>s. It only adds the event to the
/// context: the caller's <c>SaveChangesAsync</c> writes it in the same transaction as the change,
/// so an action and its record happen together or not at all.
/// </summary>
public sealed class AuditTrail(ArchiveDbContext db, TimeProvider clock, IHttpContextAccessor httpContext)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Adds an audit event for <paramref name="action"/> on an entity; nothing is saved yet.</summary>
    public AuditEvent Record(string? userName, string action, string entityType, string? entityId, string summary,
        object? before = null, object? after = null)
    {
        var user = httpContext.HttpContext?.User;
        var audit = new AuditEvent
        {
            At = clock.GetUtcNow(),
            UserId = user?.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = userName ?? user?.Identity?.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = summary.Length > 2000 ? summary[..2000] : summary,
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, Json),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.AuditEvents.Add(audit);
        return audit;
    }
}

/// <summary>The audit actions, one constant each so the audit page can filter on them.</summary>
public static class AuditActions
{
    public const string Import = "import";
    public const string EditMetadata = "edit-metadata";
    public const string LinkTranslation = "link-translation";
    public const string EditQuote = "edit-quote";
    public const string EditCitation = "edit-citation";
    public const string EditDemand = "edit-demand";
    public const string RemoveSpan = "remove-span";
    public const string AddSpan = "add-span";
    public const string SplitQuote = "split-quote";
    public const string MergeQuotes = "merge-quotes";
    public const string LinkPullQuote = "link-pull-quote";
    public const string Tag = "tag";
    public const string Untag = "untag";
    public const string SubmitForReview = "submit-for-review";
    public const string Publish = "publish";
    public const string PublishCorrection = "publish-correction";
    public const string Withdraw = "withdraw";
    public const string VocabularyCreate = "vocabulary-create";
    public const string TagCreate = "tag-create";
    public const string VocabularyImport = "vocabulary-import";
    public const string InstrumentEdit = "instrument-edit";
    public const string InstrumentMerge = "instrument-merge";
    public const string ActorEdit = "actor-edit";
    public const string ActorMerge = "actor-merge";
    public const string FixityCheck = "fixity-check";

    public static readonly string[] All =
    [
        Import, EditMetadata, LinkTranslation, EditQuote, EditCitation, EditDemand, RemoveSpan, AddSpan, SplitQuote,
        MergeQuotes, LinkPullQuote, Tag, Untag, SubmitForReview, Publish, PublishCorrection, Withdraw,
        VocabularyCreate, TagCreate, VocabularyImport, InstrumentEdit, InstrumentMerge, ActorEdit, ActorMerge, FixityCheck,
    ];
}
