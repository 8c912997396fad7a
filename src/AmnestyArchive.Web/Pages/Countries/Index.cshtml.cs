using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Countries;

/// <summary>Every country with published statements about it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<CountedLink> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.StatementCountries.AsNoTracking().Where(c => c.Statement!.Status == StatementStatus.Published)
            .GroupBy(c => new { c.CountryCode, c.Country!.Name })
            .Select(g => new { g.Key.CountryCode, g.Key.Name, Count = g.Count() })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        Countries = rows.Select(c => new CountedLink("/countries/" + c.CountryCode.Trim().ToLowerInvariant(), c.Name, c.Count, c.CountryCode)).ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }
}
