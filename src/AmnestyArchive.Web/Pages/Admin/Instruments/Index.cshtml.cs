using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Instruments;

/// <summary>The legal instrument registry, searchable by name, abbreviation, slug or alias.</summary>
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public string? Q { get; private set; }
    public IReadOnlyList<Row> Instruments { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Name, string? Abbreviation, InstrumentType Type, int CitationCount,
        IReadOnlyList<string> Aliases, string? MergedInto);

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Q = q?.Trim();
        var query = db.Instruments.AsNoTracking();
        if (!string.IsNullOrEmpty(Q))
        {
            var pattern = "%" + RegistryLookup.LikePattern(Q) + "%";
            query = query.Where(i => EF.Functions.ILike(i.Name, pattern, "\\") || EF.Functions.ILike(i.Slug, pattern, "\\")
                                     || (i.Abbreviation != null && EF.Functions.ILike(i.Abbreviation, pattern, "\\"))
                                     || i.Aliases.Any(a => EF.Functions.ILike(a, pattern, "\\")));
        }

        Instruments = await query.OrderBy(i => i.MergedIntoId != null).ThenBy(i => i.Name).Take(500)
            .Select(i => new Row(i.Id, i.Slug, i.Name, i.Abbreviation, i.Type, i.Citations.Count, i.Aliases,
                db.Instruments.Where(s => s.Id == i.MergedIntoId).Select(s => s.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
