using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Addressees;

/// <summary>An addressee: a timeline of the demands made of it, newest first.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public ActorView Actor { get; private set; } = null!;
    public IReadOnlyList<SpanListItem> Demands { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new ActorView(a.Id, a.Slug, a.Name, a.NameEs, a.Kind, a.CountryCode, a.Aliases,
                a.MergedIntoId == null ? null : db.Actors.Where(m => m.Id == a.MergedIntoId).Select(m => m.Slug).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        if (actor is null)
        {
            return NotFound();
        }

        if (actor.MergedInto is not null)
        {
            return RedirectPermanent("/addressees/" + actor.MergedInto);
        }

        Actor = actor;
        var demands = db.Demands.AsNoTracking()
            .Where(d => d.ActorId == actor.Id && d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published);
        Paging = Paging.For(Request, Paging.FromQuery(Request), await demands.CountAsync(cancellationToken));
        Demands = await demands.OrderByDescending(d => d.Statement!.PublishedOn).ThenByDescending(d => d.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(d => new SpanListItem("demand", d.PublicId, d.Text, d.Speaker != null ? d.Speaker.Name : null,
                d.Speaker != null ? "/speakers/" + d.Speaker.Slug : null, d.Statement!.PublicId,
                d.Statement.Title ?? "Untitled statement", d.Statement.Publisher, d.Statement.PublishedOn, d.Statement.Language))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, Demands.Select(d => CacheTags.Statement(d.StatementPublicId)).Append(CacheTags.Actor(slug)));
        return Page();
    }

    public sealed record ActorView(int Id, string Slug, string Name, string? NameEs, string? Kind, string? CountryCode, List<string> Aliases, string? MergedInto);
}
