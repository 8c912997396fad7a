using System.Data.Common;
using System.Text.Encodings.Web;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>What to search: words in websearch syntax, a scope, facet filters and a page.</summary>
public sealed record SearchQuery(
    string? Q,
    string Scope = SearchScopes.Statements,
    string? Publisher = null,
    int? Year = null,
    string? Language = null,
    string? Country = null,
    string? Speaker = null,
    string? Instrument = null,
    string? Addressee = null,
    string? Tag = null,
    int Page = 1)
{
    public bool HasWords => !string.IsNullOrWhiteSpace(Q);
}

public static class SearchScopes
{
    public const string Statements = "statements";
    public const string Quotes = "quotes";
    public const string Demands = "demands";

    public static string Normalize(string? scope) => scope is Quotes or Demands ? scope : Statements;
}

/// <summary>One result. <see cref="SnippetHtml"/> is HTML-encoded text with <c>&lt;mark&gt;</c> around matches.</summary>
public sealed record SearchHit(string Kind, string PublicId, string Url, string Title, string SnippetHtml, string Publisher,
    DateOnly? PublishedOn, string Language, string StatementPublicId, string? Who);

public sealed record FacetValue(string Key, string Label, int Count);

public sealed record Facet(string Name, string Label, IReadOnlyList<FacetValue> Values);

/// <summary>A person, instrument, addressee or tag whose name is close to the words typed.</summary>
public sealed record NameMatch(string Kind, string Url, string Name, double Similarity);

/// <param name="FacetNote">Set when some facets count only the newest matches; the page shows it.</param>
public sealed record SearchResults(SearchQuery Query, int Total, int PageSize, IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<Facet> Facets, IReadOnlyList<NameMatch> NameMatches, string? FacetNote = null);

/// <summary>
/// Full-text search over statements, quotes and demands (ADR 0006). Each statement is matched
/// with the configuration of its own language (<c>english_unaccent</c> or <c>spanish_unaccent</c>),
/// written as two index-friendly branches so that the GIN index on <c>search_vector</c> serves both.
/// </summary>
public sealed class ArchiveSearch(ArchiveDbContext db)
{
    public const int PageSize = 20;

    /// <summary>Results counted, faceted and paged at most; past it the count reads "10000+".</summary>
    public const int MaxMatches = 10_000;

    /// <summary>Up to this many matches are ordered by relevance; broader searches newest first.</summary>
    public const int RankLimit = 2_000;
    /// <summary>Facets that need other tables are counted over at most this many newest matches.</summary>
    public const int FacetSample = 2_000;
    private const int FacetSize = 12;

    // Private-use characters as ts_headline's markers: the snippet is HTML-encoded first, then
    // the (encoded) markers become <mark>, so no statement text reaches the page unescaped.
    private const char StartMark = '\uE000';
    private const char StopMark = '\uE001';
    private static readonly string HeadlineOptions = $"StartSel={StartMark}, StopSel={StopMark}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var scope = SearchScopes.Normalize(query.Scope);
        query = query with { Scope = scope, Q = query.Q?.Trim() };

        // Names close to the words are looked up on a connection of their own, while the search
        // runs; the search itself keeps one connection for its dozen small commands, rather than
        // taking a pooled connection (and paying its reset round trip) for each one.
        var names = query.HasWords ? MatchNamesAsync(query.Q!, cancellationToken) : Task.FromResult<IReadOnlyList<NameMatch>>([]);
        SearchResults results;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            results = scope switch
            {
                SearchScopes.Quotes => await SearchQuotesAsync(query, [], cancellationToken),
                SearchScopes.Demands => await SearchDemandsAsync(query, [], cancellationToken),
                _ => await SearchStatementsAsync(query, [], cancellationToken),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return results with { NameMatches = await names };
    }

    /// <summary>The ids the facet filters name, resolved once; an unknown name becomes -1 and matches nothing.</summary>
    private sealed record Filters(string? Country, int? Instrument, int? Speaker, int? Addressee, int? Tag);

    private async Task<Filters> ResolveFiltersAsync(SearchQuery query, CancellationToken ct)
    {
        async Task<int?> IdOf<T>(string? slug, IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> match, System.Linq.Expressions.Expression<Func<T, int>> id)
            where T : class =>
            string.IsNullOrEmpty(slug) ? null : (await rows.AsNoTracking().Where(match).Select(id).Cast<int?>().FirstOrDefaultAsync(ct)) ?? -1;

        var (vocabulary, tagSlug) = TagFilter(query);
        return new Filters(
            string.IsNullOrEmpty(query.Country) ? null : query.Country.ToUpperInvariant(),
            await IdOf(query.Instrument, db.Instruments, i => i.Slug == query.Instrument, i => i.Id),
            await IdOf(query.Speaker, db.Persons, p => p.Slug == query.Speaker, p => p.Id),
            await IdOf(query.Addressee, db.Actors, a => a.Slug == query.Addressee, a => a.Id),
            string.IsNullOrEmpty(query.Tag) ? null
                : tagSlug is null ? -1 : await IdOf(tagSlug, db.Tags, t => t.Slug == tagSlug && t.Vocabulary!.Slug == vocabulary, t => t.Id));
    }

    /// <summary>
    /// Entries of one kind, the kind written into the SQL as a literal: the partial GIN indexes'
    /// predicates name it, and a parameter would not let PostgreSQL use them.
    /// </summary>
    private IQueryable<SearchEntry> OfKind(char kind)
    {
        var entries = db.SearchEntries.AsNoTracking();
        return kind switch
        {
            SearchEntry.QuoteKind => entries.Where(e => e.Kind == SearchEntry.QuoteKind),
            SearchEntry.DemandKind => entries.Where(e => e.Kind == SearchEntry.DemandKind),
            _ => entries.Where(e => e.Kind == SearchEntry.StatementKind),
        };
    }

    private IQueryable<SearchFacets> FacetsOfKind(char kind)
    {
        var facets = db.SearchFacets.AsNoTracking();
        return kind switch
        {
            SearchEntry.QuoteKind => facets.Where(f => f.Kind == SearchEntry.QuoteKind),
            SearchEntry.DemandKind => facets.Where(f => f.Kind == SearchEntry.DemandKind),
            _ => facets.Where(f => f.Kind == SearchEntry.StatementKind),
        };
    }

    /// <summary>
    /// The search projection's entries of one kind, narrowed by every facet filter. Statement-level
    /// filters on a quote or demand go through its statement's entry.
    /// </summary>
    private IQueryable<SearchEntry> Entries(char kind, SearchQuery query, Filters filters)
    {
        var entries = OfKind(kind);
        if (!string.IsNullOrEmpty(query.Publisher))
        {
            entries = entries.Where(e => e.Publisher == query.Publisher);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year + 1, 1, 1);
            entries = entries.Where(e => e.PublishedOn >= from && e.PublishedOn < to);
        }

        if (!string.IsNullOrEmpty(query.Language))
        {
            entries = entries.Where(e => e.Language == query.Language);
        }

        // Statement-level facets live in the statements' facet rows; a quote or demand reaches
        // them through its statement.
        var statementFacets = db.SearchFacets.Where(f => f.Kind == SearchEntry.StatementKind);
        if (filters.Country is { } country)
        {
            entries = entries.Where(e => statementFacets.Where(f => f.Countries.Contains(country)).Select(f => f.StatementId).Contains(e.StatementId));
        }

        if (filters.Instrument is { } instrument)
        {
            entries = entries.Where(e => statementFacets.Where(f => f.Instruments.Contains(instrument)).Select(f => f.StatementId).Contains(e.StatementId));
        }

        if (filters.Speaker is { } speaker)
        {
            entries = kind switch
            {
                SearchEntry.StatementKind => entries.Where(e => statementFacets.Where(f => f.Speakers.Contains(speaker)).Select(f => f.StatementId).Contains(e.StatementId)),
                SearchEntry.QuoteKind => entries.Where(e => e.WhoId == speaker),
                _ => entries.Where(e => e.SpeakerId == speaker),
            };
        }

        if (filters.Addressee is { } addressee && kind != SearchEntry.QuoteKind)
        {
            entries = kind == SearchEntry.StatementKind
                ? entries.Where(e => statementFacets.Where(f => f.Addressees.Contains(addressee)).Select(f => f.StatementId).Contains(e.StatementId))
                : entries.Where(e => e.WhoId == addressee);
        }

        if (filters.Tag is { } tag)
        {
            var tagged = FacetsOfKind(kind).Where(f => f.Tags.Contains(tag)).Select(f => f.ItemId);
            entries = entries.Where(e => tagged.Contains(e.ItemId));
        }

        return entries;
    }

    /// <summary>
    /// Matches once, newest first, up to <see cref="MaxMatches"/> rows, with what the publisher,
    /// year, language and speaker/addressee facets need. Each language is its own branch (UNION
    /// ALL) whose condition is exactly one partial GIN index's predicate, so neither branch
    /// re-checks the match row by row.
    /// </summary>
    private static Task<List<MatchRow>> MatchAsync(IQueryable<SearchEntry> entries, SearchQuery query, CancellationToken ct)
    {
        var words = query.Q ?? "";
        var matched = query.HasWords
            ? entries.Where(e => e.Language == "es" && e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("spanish_unaccent", words)))
                .Concat(entries.Where(e => e.Language != "es" && e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery("english_unaccent", words))))
            : entries;
        return matched.OrderByDescending(e => e.PublishedOn).ThenByDescending(e => e.StatementId).ThenBy(e => e.Ordinal)
            .Select(e => new MatchRow { Id = e.ItemId, PublishedOn = e.PublishedOn, Language = e.Language, Publisher = e.Publisher, PersonId = e.WhoId })
            .Take(MaxMatches).ToListAsync(ct);
    }

    private async Task<SearchResults> SearchStatementsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var matches = await MatchAsync(Entries(SearchEntry.StatementKind, query, await ResolveFiltersAsync(query, ct)), query, ct);
        var words = query.Q ?? "";
        var total = matches.Count;
        var matchedIds = matches.Select(m => m.Id).ToList();
        var pageIds = matchedIds.Skip((query.Page - 1) * PageSize).Take(PageSize).ToList();
        if (query.HasWords && total <= RankLimit)
        {
            pageIds = await db.SearchEntries.AsNoTracking().Where(e => e.Kind == SearchEntry.StatementKind && matchedIds.Contains(e.ItemId))
                .OrderByDescending(e => e.SearchVector.Rank(
                    e.Language == "es" ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words) : EF.Functions.WebSearchToTsQuery("english_unaccent", words)))
                .ThenByDescending(e => e.PublishedOn).ThenByDescending(e => e.ItemId)
                .Skip((query.Page - 1) * PageSize).Take(PageSize).Select(e => e.ItemId).ToListAsync(ct);
        }

        var page = db.Statements.AsNoTracking().Where(s => pageIds.Contains(s.Id));
        var rows = query.HasWords
            ? await page.Select(s => new
            {
                s.Id, s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language,
                Snippet = s.Language == "es"
                    ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words).GetResultHeadline("spanish_unaccent", s.NormalizedText, HeadlineOptions)
                    : EF.Functions.WebSearchToTsQuery("english_unaccent", words).GetResultHeadline("english_unaccent", s.NormalizedText, HeadlineOptions),
            }).ToListAsync(ct)
            : await page.Select(s => new
            {
                s.Id, s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language,
                Snippet = s.NormalizedText.Substring(0, 240),
            }).ToListAsync(ct);
        var hits = rows.OrderBy(r => pageIds.IndexOf(r.Id)).Select(r => new SearchHit("statement", r.PublicId, "/s/" + r.PublicId, r.Title ?? "Untitled statement",
            Highlight(r.Snippet), r.Publisher, r.PublishedOn, r.Language, r.PublicId, null)).ToList();

        // Countries, speakers, instruments, addressees and tags are counted over the newest
        // FacetSample matches (the page says so when there are more), from their facet rows.
        var sampleIds = matchedIds.Take(FacetSample).ToList();
        var sample = await db.SearchFacets.AsNoTracking().Where(f => f.Kind == SearchEntry.StatementKind && sampleIds.Contains(f.ItemId))
            .Select(f => new { f.Countries, f.Speakers, f.Instruments, f.Addressees, f.Tags }).ToListAsync(ct);
        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await CountryFacetAsync(sample.SelectMany(s => s.Countries), ct),
            await NamedFacetAsync("speaker", "Speaker", sample.SelectMany(s => s.Speakers).Select(i => (int?)i),
                ids => db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new NamedRow { Id = p.Id, Slug = p.Slug, Name = p.Name }), ct),
            await NamedFacetAsync("instrument", "Instrument", sample.SelectMany(s => s.Instruments).Select(i => (int?)i),
                ids => db.Instruments.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new NamedRow { Id = i.Id, Slug = i.Slug, Name = i.Name }), ct),
            await NamedFacetAsync("addressee", "Addressee", sample.SelectMany(s => s.Addressees).Select(i => (int?)i),
                ids => db.Actors.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new NamedRow { Id = a.Id, Slug = a.Slug, Name = a.Name }), ct),
            await TagFacetAsync(sample.SelectMany(s => s.Tags), ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Countries, speakers, instruments, addressees and tags"));
    }

    private async Task<SearchResults> SearchQuotesAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        // Newest statement first; within a statement, the quotes in text order.
        var matches = await MatchAsync(Entries(SearchEntry.QuoteKind, query, await ResolveFiltersAsync(query, ct)), query, ct);
        var words = query.Q ?? "";
        var total = matches.Count;
        var pageIds = matches.Skip((query.Page - 1) * PageSize).Take(PageSize).Select(m => m.Id).ToList();
        var rows = await db.Quotes.AsNoTracking().Where(q => pageIds.Contains(q.Id))
            .Select(q => new
            {
                q.Id, q.PublicId, q.Text, Who = q.Person != null ? q.Person.Name : null, StatementPublicId = q.Statement!.PublicId,
                q.Statement.Title, q.Statement.Publisher, q.Statement.PublishedOn, q.Statement.Language,
                Snippet = !query.HasWords ? q.Text
                    : q.Statement.Language == "es"
                        ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words).GetResultHeadline("spanish_unaccent", q.Text, HeadlineOptions)
                        : EF.Functions.WebSearchToTsQuery("english_unaccent", words).GetResultHeadline("english_unaccent", q.Text, HeadlineOptions),
            }).ToListAsync(ct);
        var hits = rows.OrderBy(r => pageIds.IndexOf(r.Id)).Select(r => new SearchHit("quote", r.PublicId, "/q/" + r.PublicId, r.Title ?? "Untitled statement",
            Highlight(r.Snippet), r.Publisher, r.PublishedOn, r.Language, r.StatementPublicId, r.Who)).ToList();

        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await NamedFacetAsync("speaker", "Speaker", matches.Select(m => m.PersonId),
                personIds => db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new NamedRow { Id = p.Id, Slug = p.Slug, Name = p.Name }), ct),
            await SampleTagFacetAsync(SearchEntry.QuoteKind, matches, ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
    }

    private async Task<SearchResults> SearchDemandsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var matches = await MatchAsync(Entries(SearchEntry.DemandKind, query, await ResolveFiltersAsync(query, ct)), query, ct);
        var words = query.Q ?? "";
        var total = matches.Count;
        var pageIds = matches.Skip((query.Page - 1) * PageSize).Take(PageSize).Select(m => m.Id).ToList();
        var rows = await db.Demands.AsNoTracking().Where(d => pageIds.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.PublicId, Who = d.Actor != null ? d.Actor.Name : null, StatementPublicId = d.Statement!.PublicId,
                d.Statement.Title, d.Statement.Publisher, d.Statement.PublishedOn, d.Statement.Language,
                Snippet = !query.HasWords ? d.Text
                    : d.Statement.Language == "es"
                        ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words).GetResultHeadline("spanish_unaccent", d.Text, HeadlineOptions)
                        : EF.Functions.WebSearchToTsQuery("english_unaccent", words).GetResultHeadline("english_unaccent", d.Text, HeadlineOptions),
            }).ToListAsync(ct);
        var hits = rows.OrderBy(r => pageIds.IndexOf(r.Id)).Select(r => new SearchHit("demand", r.PublicId, "/d/" + r.PublicId, r.Title ?? "Untitled statement",
            Highlight(r.Snippet), r.Publisher, r.PublishedOn, r.Language, r.StatementPublicId, r.Who)).ToList();

        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await NamedFacetAsync("addressee", "Addressee", matches.Select(m => m.PersonId),
                actorIds => db.Actors.AsNoTracking().Where(a => actorIds.Contains(a.Id)).Select(a => new NamedRow { Id = a.Id, Slug = a.Slug, Name = a.Name }), ct),
            await SampleTagFacetAsync(SearchEntry.DemandKind, matches, ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
    }

    /// <summary>Tags of the newest <see cref="FacetSample"/> quote or demand matches.</summary>
    private async Task<Facet> SampleTagFacetAsync(char kind, List<MatchRow> matches, CancellationToken ct)
    {
        var sampleIds = matches.Take(FacetSample).Select(m => m.Id).ToList();
        var tags = await FacetsOfKind(kind).Where(f => sampleIds.Contains(f.ItemId) && f.Tags.Length > 0)
            .Select(f => f.Tags).ToListAsync(ct);
        return await TagFacetAsync(tags.SelectMany(t => t), ct);
    }

    private static (string Vocabulary, string? Slug) TagFilter(SearchQuery query)
    {
        // Tags are named "vocabulary/slug", as in their page's URL.
        if (string.IsNullOrEmpty(query.Tag))
        {
            return ("", null);
        }

        var slash = query.Tag.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? (query.Tag[..slash], query.Tag[(slash + 1)..]) : ("", null);
    }

    /// <summary>The note shown when some facets count only the newest <see cref="FacetSample"/> matches.</summary>
    private static string? SampledFacets(int total, string which) =>
        total > FacetSample ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{which} are counted over the newest {FacetSample:N0} matches.") : null;

    /// <summary>A facet counted in memory over values the match already returned.</summary>
    private static Facet CountFacet(string name, string label, IEnumerable<string> values) =>
        new(name, label, values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetValue(g.Key.Trim(), g.Key, g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(FacetSize).ToList());

    private static Facet YearFacet(IEnumerable<DateOnly?> dates) =>
        new("year", "Year", dates.Where(d => d is not null).GroupBy(d => d!.Value.Year).OrderByDescending(g => g.Key).Take(FacetSize)
            .Select(g => new FacetValue(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count())).ToList());

    /// <summary>One match: its id and what the publisher, year, language and speaker or addressee facets count.</summary>
    private sealed class MatchRow
    {
        public int Id { get; init; }
        public DateOnly? PublishedOn { get; init; }
        public required string Language { get; init; }
        public required string Publisher { get; init; }
        public int? PersonId { get; init; }
    }

    /// <summary>Counts the ids (one per result), then reads the names of those counted.</summary>
    private static async Task<Facet> NamedFacetAsync(string name, string label, IEnumerable<int?> ids,
        Func<List<int>, IQueryable<NamedRow>> names, CancellationToken ct)
    {
        var counts = ids.Where(i => i is not null).GroupBy(i => i!.Value).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return new Facet(name, label, []);
        }

        var rows = await names(counts.Keys.ToList()).ToListAsync(ct);
        return new Facet(name, label, rows.Select(r => new FacetValue(r.Slug.Trim(), r.Name, counts[r.Id]))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(FacetSize).ToList());
    }

    private sealed class NamedRow
    {
        public int Id { get; init; }
        public required string Slug { get; init; }
        public required string Name { get; init; }
    }

    private async Task<Facet> CountryFacetAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var counts = codes.GroupBy(c => c.Trim(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        if (counts.Count == 0)
        {
            return new Facet("country", "Country", []);
        }

        var keys = counts.Keys.ToList();
        var names = await db.Countries.AsNoTracking().Where(c => keys.Contains(c.Code)).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        return new Facet("country", "Country", names.Select(n => new FacetValue(n.Code.Trim(), n.Name, counts[n.Code.Trim()]))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(FacetSize).ToList());
    }

    /// <summary>Counts tag uses (each element is one use of a tag by one result), then reads the top tags' names.</summary>
    private async Task<Facet> TagFacetAsync(IEnumerable<int> uses, CancellationToken ct)
    {
        var counts = uses.GroupBy(u => u).Select(g => new { TagId = g.Key, Count = g.Count() }).ToList();
        if (counts.Count == 0)
        {
            return new Facet("tag", "Tag", []);
        }

        var tagIds = counts.Select(c => c.TagId).ToList();
        var labels = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id))
            .Select(t => new { t.Id, Key = t.Vocabulary!.Slug + "/" + t.Slug, t.Label }).ToDictionaryAsync(t => t.Id, ct);
        return new Facet("tag", "Tag", counts.Where(c => labels.ContainsKey(c.TagId))
            .Select(c => new FacetValue(labels[c.TagId].Key, labels[c.TagId].Label, c.Count))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(FacetSize).ToList());
    }

    /// <summary>Encodes the snippet, then turns the (encoded) ts_headline markers into &lt;mark&gt;.</summary>
    internal static string Highlight(string? snippet)
    {
        var encoded = HtmlEncoder.Default.Encode(snippet ?? "");
        return encoded
            .Replace(HtmlEncoder.Default.Encode(StartMark.ToString()), "<mark>", StringComparison.Ordinal)
            .Replace(HtmlEncoder.Default.Encode(StopMark.ToString()), "</mark>", StringComparison.Ordinal);
    }

    /// <summary>
    /// Persons, instruments, addressees and tags whose names look like the words typed, with small
    /// mistakes allowed: pg_trgm's word similarity, served by the trigram GIN indexes.
    /// </summary>
    private async Task<IReadOnlyList<NameMatch>> MatchNamesAsync(string words, CancellationToken ct)
    {
        var plain = words.Replace("\"", "", StringComparison.Ordinal).Trim();
        if (plain.Length < 3 || plain.Length > 200)
        {
            return [];
        }

        const string sql = """
            SELECT kind, url, name, sim FROM (
              (SELECT 'speaker' AS kind, '/speakers/' || slug AS url, name, word_similarity(@q, name) AS sim
                 FROM persons WHERE @q <% name ORDER BY sim DESC LIMIT 5)
              UNION ALL
              (SELECT 'instrument', '/law/' || slug, name, greatest(word_similarity(@q, name), similarity(@q, coalesce(abbreviation, '')))
                 FROM instruments WHERE merged_into_id IS NULL AND (@q <% name OR abbreviation % @q) ORDER BY 4 DESC LIMIT 5)
              UNION ALL
              (SELECT 'addressee', '/addressees/' || slug, name, word_similarity(@q, name)
                 FROM actors WHERE merged_into_id IS NULL AND @q <% name ORDER BY 4 DESC LIMIT 5)
            ) AS m ORDER BY sim DESC
            """;
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", plain);
        var matches = new List<NameMatch>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            matches.Add(new NameMatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return matches;
    }
}
