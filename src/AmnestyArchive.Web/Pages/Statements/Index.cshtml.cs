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

        Years = (await published.Where(s => s.PublishedOn != null).GroupBy(s => s.PublishedOn!.Value.Year)
                .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Key).ToListAsync(cancellationToken))
            .Select(g => new Option(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count)).ToList();
        Publishers = (await published.GroupBy(s => s.Publisher).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new Option(o.Key, o.Key, o.Count)).ToList();
        Languages = (await published.GroupBy(s => s.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new Option(o.Key, o.Key, o.Count)).ToList();
        Countries = (await db.StatementCountries.AsNoTracking().Where(c => c.Statement!.Status == StatementStatus.Published)
                .GroupBy(c => new { c.CountryCode, c.Country!.Name }).Select(g => new { g.Key.CountryCode, g.Key.Name, Count = g.Count() })
                .OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new Option(c.CountryCode.Trim().ToLowerInvariant(), c.Name, c.Count)).ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record Option(string Value, string Label, int Count);
}
