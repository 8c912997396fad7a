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
public sealed class IndexModel(ArchiveDbContext db, StatementListFacts listFacts) : PageModel
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
        var facts = await listFacts.GetAsync(db, cancellationToken);
        var filtered = db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published);
        IEnumerable<StatementListFacts.Group> groups = facts.Groups;
        if (Year is { } year)
        {
            var from = new DateOnly(Math.Clamp(year, SearchQuery.FirstYear, SearchQuery.LastYear), 1, 1);
            var to = from.AddYears(1);
            filtered = filtered.Where(s => s.PublishedOn >= from && s.PublishedOn < to);
            groups = groups.Where(g => g.Year == from.Year);
        }

        if (!string.IsNullOrEmpty(Publisher))
        {
            filtered = filtered.Where(s => s.Publisher == Publisher);
            groups = groups.Where(g => string.Equals(g.Publisher, Publisher, StringComparison.Ordinal));
        }

        if (!string.IsNullOrEmpty(Language))
        {
            filtered = filtered.Where(s => s.Language == Language);
            groups = groups.Where(g => string.Equals(g.Language, Language, StringComparison.Ordinal));
        }

        int total;
        if (!string.IsNullOrEmpty(Country))
        {
            var iso = Country.ToUpperInvariant();
            filtered = filtered.Where(s => s.Countries.Any(c => c.CountryCode == iso));
            // A country alone is counted already; with other filters, the database counts.
            total = Year is null && string.IsNullOrEmpty(Publisher) && string.IsNullOrEmpty(Language)
                ? facts.Countries.Where(c => string.Equals(c.Code.Trim(), iso, StringComparison.Ordinal)).Sum(c => c.Count)
                : await filtered.CountAsync(cancellationToken);
        }
        else
        {
            total = groups.Sum(g => g.Count);
        }

        Paging = Paging.For(Request, Paging.FromQuery(Request), total);
        Statements = await filtered.OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(s => new StatementListItem(s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
            .ToListAsync(cancellationToken);

        // The options count every published statement, whatever the filters.
        Years = facts.Groups.Where(f => f.Year is not null).GroupBy(f => f.Year!.Value).OrderByDescending(g => g.Key)
            .Select(g => new Option(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Sum(f => f.Count))).ToList();
        Publishers = facts.Groups.GroupBy(f => f.Publisher, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Option(g.Key, g.Key, g.Sum(f => f.Count))).ToList();
        Languages = facts.Groups.GroupBy(f => f.Language, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Option(g.Key, g.Key, g.Sum(f => f.Count))).ToList();
        Countries = facts.Countries.Select(c => new Option(c.Code.Trim().ToLowerInvariant(), c.Name, c.Count)).ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record Option(string Value, string Label, int Count);
}
