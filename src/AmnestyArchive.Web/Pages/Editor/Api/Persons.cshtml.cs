using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor.Api;

/// <summary>
/// Speaker suggestions for the review page, as JSON: names similar to <c>q</c> by pg_trgm, so
/// "Agnes Calamard" still finds "Agnès Callamard". The datalist works without it.
/// </summary>
public sealed class PersonsModel(ArchiveDbContext db) : PageModel
{
    public sealed record Suggestion(int Id, string Name, string Slug);

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var query = (q ?? "").Trim();
        if (query.Length < 2 || query.Length > 200)
        {
            return new JsonResult(Array.Empty<Suggestion>());
        }

        var suggestions = await db.Persons.AsNoTracking()
            .Where(p => EF.Functions.ILike(p.Name, "%" + RegistryLookup.LikePattern(query) + "%", "\\") || EF.Functions.TrigramsSimilarity(p.Name, query) > 0.2)
            .OrderByDescending(p => EF.Functions.TrigramsSimilarity(p.Name, query)).ThenBy(p => p.Name)
            .Take(10)
            .Select(p => new Suggestion(p.Id, p.Name, p.Slug))
            .ToListAsync(ct);
        return new JsonResult(suggestions);
    }
}
