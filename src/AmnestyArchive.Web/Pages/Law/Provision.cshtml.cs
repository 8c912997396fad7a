using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Law;

/// <summary>One provision, <c>/law/{slug}/{provisionSlug}</c>: every statement citing it, newest first.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ProvisionModel(ArchiveDbContext db) : PageModel
{
    public ProvisionView Provision { get; private set; } = null!;
    public IReadOnlyList<CitingStatement> Statements { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string provisionSlug, CancellationToken cancellationToken)
    {
        var provision = await db.Provisions.AsNoTracking().Where(p => p.Slug == provisionSlug && p.Instrument!.Slug == slug)
            .Select(p => new ProvisionView(p.Id, p.Slug, p.Label, p.Instrument!.Slug, p.Instrument.Name))
            .FirstOrDefaultAsync(cancellationToken);
        if (provision is null)
        {
            return NotFound();
        }

        Provision = provision;
        var statements = db.Statements.AsNoTracking()
            .Where(s => s.Status == StatementStatus.Published && s.Citations.Any(c => c.ProvisionId == provision.Id));
        Paging = Paging.For(Request, Paging.FromQuery(Request), await statements.CountAsync(cancellationToken));
        Statements = await statements.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new CitingStatement(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language,
                s.Citations.Where(c => c.ProvisionId == provision.Id).Select(c => c.Surface).ToList()))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, Statements.Select(s => CacheTags.Statement(s.PublicId)).Append(CacheTags.Instrument(slug)));
        return Page();
    }

    public sealed record ProvisionView(int Id, string Slug, string Label, string InstrumentSlug, string InstrumentName);

    public sealed record CitingStatement(string PublicId, string? Title, string Publisher, DateOnly? PublishedOn, string Language, List<string> Surfaces);
}
