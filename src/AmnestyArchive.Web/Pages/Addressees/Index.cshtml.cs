using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Addressees;

/// <summary>Every actor demands were made of, with the number of demands.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<CountedLink> Addressees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Addressees = await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null)
            .Select(a => new { a.Slug, a.Name, a.Kind, Count = a.Demands.Count(d => d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published) })
            .Where(a => a.Count > 0)
            .OrderBy(a => a.Name)
            .Select(a => new CountedLink("/addressees/" + a.Slug, a.Name, a.Count, a.Kind))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
