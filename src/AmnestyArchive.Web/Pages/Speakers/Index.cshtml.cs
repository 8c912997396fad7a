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
        Speakers = await db.Persons.AsNoTracking()
            .Select(p => new
            {
                p.Slug, p.Name,
                Count = p.Quotes.Count(q => q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published),
            })
            .Where(p => p.Count > 0)
            .OrderBy(p => p.Name)
            .Select(p => new CountedLink("/speakers/" + p.Slug, p.Name, p.Count, null))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
