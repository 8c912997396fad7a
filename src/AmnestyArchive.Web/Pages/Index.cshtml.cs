using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
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
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record LatestStatement(string PublicId, string? Title, string Publisher, DateOnly? PublishedOn);
}
