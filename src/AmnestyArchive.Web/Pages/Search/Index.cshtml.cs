using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace AmnestyArchive.Web.Pages.Search;

/// <summary>
/// <c>/search?q=&amp;scope=statements|quotes|demands&amp;publisher=&amp;year=&amp;language=&amp;country=&amp;speaker=&amp;instrument=&amp;addressee=&amp;tag=&amp;page=</c>.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }
    [BindProperty(SupportsGet = true)] public string? Publisher { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Speaker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Instrument { get; set; }
    [BindProperty(SupportsGet = true)] public string? Addressee { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }

    public SearchResults? Results { get; private set; }
    public Paging Paging { get; private set; } = null!;

    public bool Searched => !string.IsNullOrWhiteSpace(Q) || Filters.Any(f => f.Value is not null);

    /// <summary>The facet filters in force, by facet name.</summary>
    public IReadOnlyDictionary<string, string?> Filters => new Dictionary<string, string?>
    {
        ["publisher"] = Publisher, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["language"] = Language,
        ["country"] = Country, ["speaker"] = Speaker, ["instrument"] = Instrument, ["addressee"] = Addressee, ["tag"] = Tag,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = SearchScopes.Normalize(Scope);
        // The page searches (and shows) the first part of words past the limit; the API refuses them.
        if (Q?.Length > SearchQuery.MaxWordsLength)
        {
            Q = Q[..SearchQuery.MaxWordsLength];
        }

        CacheTags.Add(HttpContext, CacheTags.Lists);
        if (!Searched)
        {
            return;
        }

        var page = Paging.FromQuery(Request);
        Results = await search.SearchAsync(new SearchQuery(Q, Scope, Publisher, Year, Language, Country, Speaker, Instrument, Addressee, Tag, page),
            cancellationToken);
        Paging = Paging.For(Request, page, Results.Total, ArchiveSearch.PageSize);
    }

    /// <summary>This search with one facet filter set (or cleared, with null), back on page 1.</summary>
    public string With(string facet, string? value)
    {
        var query = new Dictionary<string, string?>(Filters) { ["q"] = Q, ["scope"] = Scope };
        query[facet] = value;
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/search",
            query.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => new KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>(kv.Key, kv.Value)));
    }
}
