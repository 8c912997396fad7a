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
        var counts = await EntityCounts.CitingStatementsByInstrumentAsync(db, cancellationToken);
        var instruments = await db.Instruments.AsNoTracking().Where(i => i.MergedIntoId == null).OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Slug, i.Name, i.Abbreviation }).ToListAsync(cancellationToken);
        Instruments = instruments.Where(i => counts.ContainsKey(i.Id))
            .Select(i => new CountedLink("/law/" + i.Slug, i.Name, counts[i.Id], i.Abbreviation))
            .ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
