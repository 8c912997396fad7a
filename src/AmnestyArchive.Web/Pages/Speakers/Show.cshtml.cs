using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Speakers;

/// <summary>A speaker: names, roles over time, and everything they said, newest first.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public SpeakerView Speaker { get; private set; } = null!;
    public IReadOnlyList<SpanListItem> Quotes { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var speaker = await db.Persons.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new SpeakerView(p.Id, p.Slug, p.Name, p.NameVariants,
                p.Roles.OrderBy(r => r.FirstSeen).Select(r => new RoleView(r.Title, r.FirstSeen, r.LastSeen)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (speaker is null)
        {
            return NotFound();
        }

        Speaker = speaker;
        var quotes = db.Quotes.AsNoTracking()
            .Where(q => q.PersonId == speaker.Id && q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published);
        Paging = Paging.For(Request, Paging.FromQuery(Request), await quotes.CountAsync(cancellationToken));
        Quotes = await quotes.OrderByDescending(q => q.Statement!.PublishedOn).ThenByDescending(q => q.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(q => new SpanListItem("quote", q.PublicId, q.Text, q.SpeakerRole, null, q.Statement!.PublicId,
                q.Statement.Title ?? "Untitled statement", q.Statement.Publisher, q.Statement.PublishedOn, q.Statement.Language))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, Quotes.Select(q => CacheTags.Statement(q.StatementPublicId)).Append(CacheTags.Person(slug)));
        return Page();
    }

    public sealed record SpeakerView(int Id, string Slug, string Name, List<string> NameVariants, List<RoleView> Roles);

    public sealed record RoleView(string Title, DateOnly? FirstSeen, DateOnly? LastSeen);
}
