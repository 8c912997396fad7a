using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<Row> Statements { get; private set; } = [];

    public sealed record Row(string PublicId, string? Title, string Publisher, StatementStatus Status, DateTimeOffset ImportedAt);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Statements = await db.Statements.AsNoTracking().OrderByDescending(s => s.ImportedAt)
            .Select(s => new Row(s.PublicId, s.Title, s.Publisher, s.Status, s.ImportedAt))
            .Take(100).ToListAsync(cancellationToken);
}
