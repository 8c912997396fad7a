using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<LatestStatement> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await db.Statements.AsNoTracking()
            .Where(s => s.Status == StatementStatus.Published)
            .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Take(10)
            .Select(s => new LatestStatement(s.PublicId, s.Title, s.Publisher, s.PublishedOn))
            .ToListAsync(cancellationToken);
    }

    public sealed record LatestStatement(string PublicId, string? Title, string Publisher, DateOnly? PublishedOn);
}
