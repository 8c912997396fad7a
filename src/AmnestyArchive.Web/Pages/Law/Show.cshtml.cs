using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Law;

/// <summary>An instrument: one section per provision (anchored by its slug), then every statement citing it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    private const int PerProvision = 5;

    public InstrumentView Instrument { get; private set; } = null!;
    public IReadOnlyList<ProvisionSection> Provisions { get; private set; } = [];
    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var instrument = await db.Instruments.AsNoTracking().Where(i => i.Slug == slug)
            .Select(i => new InstrumentView(i.Id, i.Slug, i.Name, i.NameEs, i.Abbreviation, i.Type, i.AdoptingBody, i.Year,
                i.MergedIntoId == null ? null : db.Instruments.Where(m => m.Id == i.MergedIntoId).Select(m => m.Slug).FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        if (instrument is null)
        {
            return NotFound();
        }

        if (instrument.MergedInto is not null)
        {
            return RedirectPermanent("/law/" + instrument.MergedInto);
        }

        Instrument = instrument;
        var published = db.Citations.AsNoTracking().Where(c => c.InstrumentId == instrument.Id && c.Statement!.Status == StatementStatus.Published);
        var provisions = await db.Provisions.AsNoTracking().Where(p => p.InstrumentId == instrument.Id)
            .Select(p => new { p.Id, p.Slug, p.Label, Count = published.Where(c => c.ProvisionId == p.Id).Select(c => c.StatementId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var sections = new List<ProvisionSection>();
        // Registries list many provisions; the page has a section for each one actually cited.
        foreach (var p in provisions.Where(p => p.Count > 0).OrderBy(p => p.Label, ProvisionOrder.Instance))
        {
            var latest = await db.Statements.AsNoTracking()
                .Where(s => s.Status == StatementStatus.Published && s.Citations.Any(c => c.ProvisionId == p.Id))
                .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id).Take(PerProvision)
                .Select(s => new StatementListItem(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
                .ToListAsync(cancellationToken);
            sections.Add(new ProvisionSection(p.Slug, p.Label, p.Count, latest));
        }

        Provisions = sections;
        var statements = db.Statements.AsNoTracking()
            .Where(s => s.Status == StatementStatus.Published && s.Citations.Any(c => c.InstrumentId == instrument.Id));
        Paging = Paging.For(Request, Paging.FromQuery(Request), await statements.CountAsync(cancellationToken));
        Statements = await statements.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new StatementListItem(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
            .ToListAsync(cancellationToken);
        CacheTags.Add(HttpContext, Statements.Concat(sections.SelectMany(p => p.Latest)).Select(s => CacheTags.Statement(s.PublicId))
            .Append(CacheTags.Instrument(slug)));
        return Page();
    }

    public sealed record InstrumentView(int Id, string Slug, string Name, string? NameEs, string? Abbreviation, InstrumentType Type,
        string? AdoptingBody, int? Year, string? MergedInto);

    public sealed record ProvisionSection(string Slug, string Label, int Count, IReadOnlyList<StatementListItem> Latest);

    /// <summary>Orders "Article 2(4)" before "Article 10" by comparing the numbers in labels as numbers.</summary>
    private sealed class ProvisionOrder : IComparer<string>
    {
        public static readonly ProvisionOrder Instance = new();

        public int Compare(string? x, string? y) =>
            string.Compare(Pad(x), Pad(y), StringComparison.OrdinalIgnoreCase);

        private static string Pad(string? label) =>
            System.Text.RegularExpressions.Regex.Replace(label ?? "", "[0-9]+", m => m.Value.PadLeft(6, '0'),
                System.Text.RegularExpressions.RegexOptions.NonBacktracking);
    }
}
