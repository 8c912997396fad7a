using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor;

/// <summary>The editor's dashboard: statements grouped by status, newest first, with counts.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PerStatus = 50;

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public sealed record Row(int Id, string PublicId, string? Title, string Publisher, StatementStatus Status, DateTimeOffset ImportedAt,
        DateTimeOffset UpdatedAt, int QuoteCount, int CitationCount, int DemandCount);

    public sealed record Group(StatementStatus Status, int Total, IReadOnlyList<Row> Statements);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Statements.AsNoTracking().GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var groups = new List<Group>();
        foreach (var status in new[] { StatementStatus.Draft, StatementStatus.InReview, StatementStatus.Published, StatementStatus.Withdrawn })
        {
            var rows = counts.GetValueOrDefault(status) == 0
                ? []
                : await db.Statements.AsNoTracking().Where(s => s.Status == status).OrderByDescending(s => s.UpdatedAt).Take(PerStatus)
                    .Select(s => new Row(s.Id, s.PublicId, s.Title, s.Publisher, s.Status, s.ImportedAt, s.UpdatedAt,
                        s.Quotes.Count(q => q.RemovedAt == null), s.Citations.Count, s.Demands.Count(d => d.RemovedAt == null)))
                    .ToListAsync(cancellationToken);
            groups.Add(new Group(status, counts.GetValueOrDefault(status), rows));
        }

        Groups = groups;
    }
}
