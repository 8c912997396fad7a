namespace AmnestyArchive.Web.Domain;

/// <summary>
/// An immutable snapshot of a published statement. The database refuses updates and deletes
/// of this table (see the migration's trigger), so a revision cannot change once written.
/// </summary>
public sealed class Revision
{
    public long Id { get; set; }
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? Note { get; set; }
    public string? Title { get; set; }
    public string BodyMarkdown { get; set; } = "";

    /// <summary>The annotations at publish time (quotes, citations, demands) as JSON.</summary>
    public string SnapshotJson { get; set; } = "{}";

    /// <summary>Lower-case hex SHA-256 over <see cref="BodyMarkdown"/> and <see cref="SnapshotJson"/>.</summary>
    public string Sha256 { get; set; } = "";
}

/// <summary>One recorded editor or admin action.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public string? Summary { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}

/// <summary>A portal account. Roles: <see cref="Roles.Admin"/>, <see cref="Roles.Editor"/>.</summary>
public sealed class ArchiveUser : Microsoft.AspNetCore.Identity.IdentityUser
{
    public string? DisplayName { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public static readonly string[] All = [Admin, Editor];
}
