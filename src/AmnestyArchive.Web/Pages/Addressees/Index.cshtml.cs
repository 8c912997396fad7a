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
        var counts = await EntityCounts.DemandsByActorAsync(db, cancellationToken);
        var actors = await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Slug, a.Name, a.Kind }).ToListAsync(cancellationToken);
        Addressees = actors.Where(a => counts.ContainsKey(a.Id))
            .Select(a => new CountedLink("/addressees/" + a.Slug, a.Name, counts[a.Id], a.Kind))
            .ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
