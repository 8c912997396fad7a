using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Statements;

/// <summary>Published statements, newest first, filtered by year, publisher, language and country.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Publisher { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }

    public IReadOnlyList<StatementListItem> Statements { get; private set; } = [];
    public IReadOnlyList<Option> Years { get; private set; } = [];
    public IReadOnlyList<Option> Publishers { get; private set; } = [];
    public IReadOnlyList<Option> Languages { get; private set; } = [];
    public IReadOnlyList<Option> Countries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var published = db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published);
        var filtered = published;
        if (Year is { } year)
        {
            var from = new DateOnly(Math.Clamp(year, SearchQuery.FirstYear, SearchQuery.LastYear), 1, 1);
            var to = from.AddYears(1);
            filtered = filtered.Where(s => s.PublishedOn >= from && s.PublishedOn < to);
        }

        if (!string.IsNullOrEmpty(Publisher))
        {
            filtered = filtered.Where(s => s.Publisher == Publisher);
        }

        if (!string.IsNullOrEmpty(Language))
        {
            filtered = filtered.Where(s => s.Language == Language);
        }

        if (!string.IsNullOrEmpty(Country))
        {
            var iso = Country.ToUpperInvariant();
            filtered = filtered.Where(s => s.Countries.Any(c => c.CountryCode == iso));
        }

        Paging = Paging.For(Request, Paging.FromQuery(Request), await filtered.CountAsync(cancellationToken));
        Statements = await filtered.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new StatementListItem(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
            .ToListAsync(cancellationToken);

        // Years, publishers and languages from one grouping over the published statements (one
        // scan rather than three), added up per facet here.
        var facts = await published.GroupBy(s => new { Year = s.PublishedOn == null ? (int?)null : s.PublishedOn.Value.Year, s.Publisher, s.Language })
            .Select(g => new { g.Key.Year, g.Key.Publisher, g.Key.Language, Count = g.Count() })
            .ToListAsync(cancellationToken);
        Years = facts.Where(f => f.Year is not null).GroupBy(f => f.Year!.Value).OrderByDescending(g => g.Key)
            .Select(g => new Option(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Sum(f => f.Count))).ToList();
        Publishers = facts.GroupBy(f => f.Publisher, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Option(g.Key, g.Key, g.Sum(f => f.Count))).ToList();
        Languages = facts.GroupBy(f => f.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Option(g.Key, g.Key, g.Sum(f => f.Count))).ToList();
        Countries = (await db.StatementCountries.AsNoTracking().Where(c => c.Statement!.Status == StatementStatus.Published)
                .GroupBy(c => new { c.CountryCode, c.Country!.Name }).Select(g => new { g.Key.CountryCode, g.Key.Name, Count = g.Count() })
                .OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new Option(c.CountryCode.Trim().ToLowerInvariant(), c.Name, c.Count)).ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record Option(string Value, string Label, int Count);
}
