using AmnestyArchive.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin;

/// <summary>The audit log, newest first, filtered by user, action, entity and date range, a page at a time.</summary>
public sealed class AuditModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 50;

    public Filter Query { get; private set; } = new(null, null, null, null, null, 1);
    public IReadOnlyList<Row> Events { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<string> Actions { get; private set; } = [];
    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public sealed record Filter(string? User, string? Action, string? Entity, DateOnly? From, DateOnly? To, int Page);

    public sealed record Row(long Id, DateTimeOffset At, string? UserName, string Action, string EntityType, string? EntityId,
        string? Summary, string? BeforeJson, string? AfterJson);

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(string? user, string? action, string? entity, DateOnly? from, DateOnly? to, int pageNumber = 1,
        CancellationToken ct = default)
    {
        Query = new Filter(Blank(user), Blank(action), Blank(entity), from, to, Math.Max(1, pageNumber));
        var events = db.AuditEvents.AsNoTracking();
        if (Query.User is { } u)
        {
            events = events.Where(e => e.UserName != null && EF.Functions.ILike(e.UserName, "%" + Editing.RegistryLookup.LikePattern(u) + "%", "\\"));
        }

        if (Query.Action is { } a)
        {
            events = events.Where(e => e.Action == a);
        }

        if (Query.Entity is { } entityFilter)
        {
            // "Statement" filters by type; "Statement:abc123" or "abc123" by entity too.
            var parts = entityFilter.Split(':', 2, StringSplitOptions.TrimEntries);
            // Entity types are matched case-insensitively: the importer writes "statement".
            var type = Editing.RegistryLookup.LikePattern(parts[0]);
            events = parts.Length == 2
                ? events.Where(e => EF.Functions.ILike(e.EntityType, type, "\\") && e.EntityId == parts[1])
                : events.Where(e => EF.Functions.ILike(e.EntityType, type, "\\") || e.EntityId == entityFilter);
        }

        if (Query.From is { } f)
        {
            var start = new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.At >= start);
        }

        if (Query.To is { } t)
        {
            var end = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.At < end);
        }

        Total = await events.CountAsync(ct);
        Events = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((Query.Page - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.Id, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, e.Summary, e.BeforeJson, e.AfterJson))
            .ToListAsync(ct);
        Actions = await db.AuditEvents.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(x => x).ToListAsync(ct);
        EntityTypes = await db.AuditEvents.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(x => x).ToListAsync(ct);
    }

    public Dictionary<string, string> RouteFor(int page) => new()
    {
        ["user"] = Query.User ?? "",
        ["action"] = Query.Action ?? "",
        ["entity"] = Query.Entity ?? "",
        ["from"] = Query.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["to"] = Query.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
