using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Actors;

/// <summary>The actor (addressee) registry, searchable by name, slug or alias.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public string? Q { get; private set; }
    public IReadOnlyList<Row> Actors { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Name, string? Kind, string? CountryCode, int DemandCount,
        IReadOnlyList<string> Aliases, string? MergedInto);

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        var query = db.Actors.AsNoTracking();
        if (!string.IsNullOrEmpty(Q))
        {
            var pattern = "%" + RegistryLookup.LikePattern(Q) + "%";
            query = query.Where(a => EF.Functions.ILike(a.Name, pattern, "\\") || EF.Functions.ILike(a.Slug, pattern, "\\")
                                     || (a.NameEs != null && EF.Functions.ILike(a.NameEs, pattern, "\\"))
                                     || a.Aliases.Any(x => EF.Functions.ILike(x, pattern, "\\")));
        }

        Actors = await query.OrderBy(a => a.MergedIntoId != null).ThenBy(a => a.Name).Take(500)
            .Select(a => new Row(a.Id, a.Slug, a.Name, a.Kind, a.CountryCode, a.Demands.Count, a.Aliases,
                db.Actors.Where(s => s.Id == a.MergedIntoId).Select(s => s.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
