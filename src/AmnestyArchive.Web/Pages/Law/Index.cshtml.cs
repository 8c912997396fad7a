using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Law;

/// <summary>Every legal instrument cited, with how many published statements cite it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<CountedLink> Instruments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Instruments = await db.Instruments.AsNoTracking().Where(i => i.MergedIntoId == null)
            .Select(i => new
            {
                i.Slug, i.Name, i.Abbreviation, i.Type,
                Count = i.Citations.Where(c => c.Statement!.Status == StatementStatus.Published).Select(c => c.StatementId).Distinct().Count(),
            })
            .Where(i => i.Count > 0)
            .OrderBy(i => i.Name)
            .Select(i => new CountedLink("/law/" + i.Slug, i.Name, i.Count, i.Abbreviation))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
