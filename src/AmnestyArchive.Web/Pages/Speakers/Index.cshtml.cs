using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Speakers;

/// <summary>Every speaker with the number of their published quotes.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<CountedLink> Speakers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counts = await EntityCounts.QuotesBySpeakerAsync(db, cancellationToken);
        var persons = await db.Persons.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(cancellationToken);
        Speakers = persons.Where(p => counts.ContainsKey(p.Id))
            .Select(p => new CountedLink("/speakers/" + p.Slug, p.Name, counts[p.Id], null))
            .ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
