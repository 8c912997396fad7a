using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Countries;

/// <summary>A country, keyed by its ISO 3166-1 alpha-2 code: its statements, and demands of its actors.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public CountryView Country { get; private set; } = null!;
    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];
    public IReadOnlyList<CountedLink> Actors { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var iso = code.ToUpperInvariant();
        if (iso.Length != 2)
        {
            return NotFound();
        }

        var country = await db.Countries.AsNoTracking().Where(c => c.Code == iso)
            .Select(c => new CountryView(c.Code, c.Name, c.NameEs)).FirstOrDefaultAsync(cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        Country = country;
        var statements = db.Statements.AsNoTracking()
            .Where(s => s.Status == StatementStatus.Published && s.Countries.Any(c => c.CountryCode == iso));
        Paging = Paging.For(Request, Paging.FromQuery(Request), await statements.CountAsync(cancellationToken));
        Statements = await statements.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new StatementListItem(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
            .ToListAsync(cancellationToken);
        var actors = await db.Actors.AsNoTracking().Where(a => a.CountryCode == iso && a.MergedIntoId == null)
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Slug, a.Name, a.Kind })
            .ToListAsync(cancellationToken);
        var actorIds = actors.Select(a => a.Id).ToList();

        // The search projection holds exactly the live demands of published statements, with a
        // partial index on their addressee: one grouped index-only count, where a count per actor
        // read the whole demands index once for each of them (docs/benchmarks.md, "Country pages").
        var demands = await db.SearchEntries
            .Where(e => e.Kind == SearchEntry.DemandKind && e.WhoId != null && actorIds.Contains(e.WhoId.Value))
            .GroupBy(e => e.WhoId!.Value)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        // The state and its authorities always; its other bodies (government, military, courts ...) once something is asked of them.
        Actors = actors.Where(a => demands.ContainsKey(a.Id) || a.Kind is "state" or "authorities")
            .Select(a => new CountedLink("/addressees/" + a.Slug, a.Name, demands.GetValueOrDefault(a.Id), null)).ToList();
        CacheTags.Add(HttpContext, Statements.Select(s => CacheTags.Statement(s.PublicId)).Append(CacheTags.Country(iso)));
        return Page();
    }

    public sealed record CountryView(string Code, string Name, string? NameEs);
}
