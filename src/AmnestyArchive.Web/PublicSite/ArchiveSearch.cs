using System.Data.Common;
using System.Text.Encodings.Web;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;
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
        var nameMatches = query.HasWords ? await MatchNamesAsync(query.Q!, cancellationToken) : [];
        return scope switch
        {
            SearchScopes.Quotes => await SearchQuotesAsync(query, nameMatches, cancellationToken),
            SearchScopes.Demands => await SearchDemandsAsync(query, nameMatches, cancellationToken),
            _ => await SearchStatementsAsync(query, nameMatches, cancellationToken),
        };
    }

    /// <summary>Published statements narrowed by the statement-level facets.</summary>
    private IQueryable<Statement> Statements(SearchQuery query)
    {
        var statements = db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published);
        if (!string.IsNullOrEmpty(query.Publisher))
        {
            statements = statements.Where(s => s.Publisher == query.Publisher);
        }

        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year + 1, 1, 1);
            statements = statements.Where(s => s.PublishedOn >= from && s.PublishedOn < to);
        }

        if (!string.IsNullOrEmpty(query.Language))
        {
            statements = statements.Where(s => s.Language == query.Language);
        }

        if (!string.IsNullOrEmpty(query.Country))
        {
            var code = query.Country.ToUpperInvariant();
            statements = statements.Where(s => s.Countries.Any(c => c.CountryCode == code));
        }

        if (!string.IsNullOrEmpty(query.Instrument))
        {
            statements = statements.Where(s => s.Citations.Any(c => c.Instrument!.Slug == query.Instrument));
        }

        return statements;
    }

    private async Task<SearchResults> SearchStatementsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var matched = Statements(query);
        if (!string.IsNullOrEmpty(query.Speaker))
        {
            matched = matched.Where(s => s.Quotes.Any(q => q.RemovedAt == null && q.Person!.Slug == query.Speaker));
        }

        if (!string.IsNullOrEmpty(query.Addressee))
        {
            matched = matched.Where(s => s.Demands.Any(d => d.RemovedAt == null && d.Actor!.Slug == query.Addressee));
        }

        if (TagFilter(query) is var (vocabulary, tagSlug) && tagSlug is not null)
        {
            matched = matched.Where(s => s.Quotes.Any(q => q.RemovedAt == null && q.Tags.Any(t => t.Tag!.Slug == tagSlug && t.Tag.Vocabulary!.Slug == vocabulary))
                                         || s.Demands.Any(d => d.RemovedAt == null && d.Tags.Any(t => t.Tag!.Slug == tagSlug && t.Tag.Vocabulary!.Slug == vocabulary)));
        }

        // Match once, newest first, up to MaxMatches rows, keeping what the publisher, year and
        // language facets need; each language is its own branch (UNION ALL) whose condition is
        // exactly a partial index's predicate (SearchIndexes migration), so neither branch
        // re-checks the match row by row.
        var words = query.Q ?? "";
        var branches = query.HasWords
            ? matched.Where(s => s.Language == "es" && EF.Property<NpgsqlTsVector>(s, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("spanish_unaccent", words)))
                .Select(s => new MatchRow { Id = s.Id, PublishedOn = s.PublishedOn, Language = s.Language, Publisher = s.Publisher })
                .Concat(matched.Where(s => s.Language != "es" && EF.Property<NpgsqlTsVector>(s, "SearchVector").Matches(EF.Functions.WebSearchToTsQuery("english_unaccent", words)))
                    .Select(s => new MatchRow { Id = s.Id, PublishedOn = s.PublishedOn, Language = s.Language, Publisher = s.Publisher }))
            : matched.Select(s => new MatchRow { Id = s.Id, PublishedOn = s.PublishedOn, Language = s.Language, Publisher = s.Publisher });
        var matches = await branches.OrderByDescending(m => m.PublishedOn).ThenByDescending(m => m.Id).Take(MaxMatches).ToListAsync(ct);
        var total = matches.Count;
        var matchedIds = matches.Select(m => m.Id).ToList();
        var pageIds = matchedIds.Skip((query.Page - 1) * PageSize).Take(PageSize).ToList();
        if (query.HasWords && total <= RankLimit)
        {
            pageIds = await db.Statements.AsNoTracking().Where(s => matchedIds.Contains(s.Id))
                .OrderByDescending(s => EF.Property<NpgsqlTsVector>(s, "SearchVector").Rank(
                    s.Language == "es" ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words) : EF.Functions.WebSearchToTsQuery("english_unaccent", words)))
                .ThenByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
                .Skip((query.Page - 1) * PageSize).Take(PageSize).Select(s => s.Id).ToListAsync(ct);
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
        // FacetSample matches (the page says so when there are more).
        var ids = matchedIds.Take(FacetSample).ToList();
        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await Facet("country", "Country", db.StatementCountries.Where(c => ids.Contains(c.StatementId))
                .GroupBy(c => new { c.CountryCode, c.Country!.Name }).Select(g => new FacetRow { Key = g.Key.CountryCode, Label = g.Key.Name, Count = g.Count() }), ct),
            await Facet("speaker", "Speaker", db.Quotes.Where(q => ids.Contains(q.StatementId) && q.RemovedAt == null && q.PersonId != null)
                .Select(q => new { q.StatementId, q.Person!.Slug, q.Person.Name }).Distinct()
                .GroupBy(x => new { x.Slug, x.Name }).Select(g => new FacetRow { Key = g.Key.Slug, Label = g.Key.Name, Count = g.Count() }), ct),
            await Facet("instrument", "Instrument", db.Citations.Where(c => ids.Contains(c.StatementId) && c.InstrumentId != null)
                .Select(c => new { c.StatementId, c.Instrument!.Slug, c.Instrument.Name }).Distinct()
                .GroupBy(x => new { x.Slug, x.Name }).Select(g => new FacetRow { Key = g.Key.Slug, Label = g.Key.Name, Count = g.Count() }), ct),
            await Facet("addressee", "Addressee", db.Demands.Where(d => ids.Contains(d.StatementId) && d.RemovedAt == null && d.ActorId != null)
                .Select(d => new { d.StatementId, d.Actor!.Slug, d.Actor.Name }).Distinct()
                .GroupBy(x => new { x.Slug, x.Name }).Select(g => new FacetRow { Key = g.Key.Slug, Label = g.Key.Name, Count = g.Count() }), ct),
            await TagFacetAsync(
                db.QuoteTags.Where(t => ids.Contains(t.Quote!.StatementId) && t.Quote.RemovedAt == null).Select(t => new { t.Quote!.StatementId, t.TagId })
                    .Union(db.DemandTags.Where(t => ids.Contains(t.Demand!.StatementId) && t.Demand.RemovedAt == null).Select(t => new { t.Demand!.StatementId, t.TagId }))
                    .Select(u => u.TagId), ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Countries, speakers, instruments, addressees and tags"));
    }

    private async Task<SearchResults> SearchQuotesAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var matched = db.Quotes.AsNoTracking().Where(q => q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published);
        if (NarrowsStatements(query))
        {
            var statementIds = Statements(query).Select(s => s.Id);
            matched = matched.Where(q => statementIds.Contains(q.StatementId));
        }
        if (!string.IsNullOrEmpty(query.Speaker))
        {
            matched = matched.Where(q => q.Person!.Slug == query.Speaker);
        }

        if (TagFilter(query) is var (vocabulary, tagSlug) && tagSlug is not null)
        {
            matched = matched.Where(q => q.Tags.Any(t => t.Tag!.Slug == tagSlug && t.Tag.Vocabulary!.Slug == vocabulary));
        }

        // One pass, newest first, capped: a quote or demand vector holds both configurations, so
        // the GIN index finds the candidates for either language's query, and the statement's
        // own language then picks the query that must match (the vectors are short).
        var words = query.Q ?? "";
        if (query.HasWords)
        {
            matched = matched.Where(q => EF.Property<NpgsqlTsVector>(q, "SearchVector").Matches(
                    EF.Functions.WebSearchToTsQuery("spanish_unaccent", words).Or(EF.Functions.WebSearchToTsQuery("english_unaccent", words)))
                && EF.Property<NpgsqlTsVector>(q, "SearchVector").Matches(q.Statement!.Language == "es"
                    ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words) : EF.Functions.WebSearchToTsQuery("english_unaccent", words)));
        }

        // Newest statement first; within a statement, the quotes in text order.
        var matches = await matched.OrderByDescending(q => q.Statement!.PublishedOn).ThenByDescending(q => q.StatementId).ThenBy(q => q.Ordinal)
            .Select(q => new MatchRow { Id = q.Id, PublishedOn = q.Statement!.PublishedOn, Language = q.Statement.Language, Publisher = q.Statement.Publisher, PersonId = q.PersonId })
            .Take(MaxMatches).ToListAsync(ct);
        var total = matches.Count;
        var pageIds = matches.Skip((query.Page - 1) * PageSize).Take(PageSize).Select(m => m.Id).ToList();
        matched = db.Quotes.AsNoTracking().Where(q => pageIds.Contains(q.Id));
        // The page's ids are already chosen above: no second Skip/Take here.
        var rows = await matched
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

        var sampleIds = matches.Take(FacetSample).Select(m => m.Id).ToList();
        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await NamedFacetAsync("speaker", "Speaker", matches.Select(m => m.PersonId),
                personIds => db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new NamedRow { Id = p.Id, Slug = p.Slug, Name = p.Name }), ct),
            await TagFacetAsync(db.QuoteTags.Where(t => sampleIds.Contains(t.QuoteId)).Select(t => t.TagId), ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
    }

    private async Task<SearchResults> SearchDemandsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var matched = db.Demands.AsNoTracking().Where(d => d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published);
        if (NarrowsStatements(query))
        {
            var statementIds = Statements(query).Select(s => s.Id);
            matched = matched.Where(d => statementIds.Contains(d.StatementId));
        }
        if (!string.IsNullOrEmpty(query.Addressee))
        {
            matched = matched.Where(d => d.Actor!.Slug == query.Addressee);
        }

        if (!string.IsNullOrEmpty(query.Speaker))
        {
            matched = matched.Where(d => d.Speaker!.Slug == query.Speaker);
        }

        if (TagFilter(query) is var (vocabulary, tagSlug) && tagSlug is not null)
        {
            matched = matched.Where(d => d.Tags.Any(t => t.Tag!.Slug == tagSlug && t.Tag.Vocabulary!.Slug == vocabulary));
        }

        // One pass, newest first, capped: a quote or demand vector holds both configurations, so
        // the GIN index finds the candidates for either language's query, and the statement's
        // own language then picks the query that must match (the vectors are short).
        var words = query.Q ?? "";
        if (query.HasWords)
        {
            matched = matched.Where(d => EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(
                    EF.Functions.WebSearchToTsQuery("spanish_unaccent", words).Or(EF.Functions.WebSearchToTsQuery("english_unaccent", words)))
                && EF.Property<NpgsqlTsVector>(d, "SearchVector").Matches(d.Statement!.Language == "es"
                    ? EF.Functions.WebSearchToTsQuery("spanish_unaccent", words) : EF.Functions.WebSearchToTsQuery("english_unaccent", words)));
        }

        var matches = await matched.OrderByDescending(d => d.Statement!.PublishedOn).ThenByDescending(d => d.StatementId).ThenBy(d => d.Ordinal)
            .Select(d => new MatchRow { Id = d.Id, PublishedOn = d.Statement!.PublishedOn, Language = d.Statement.Language, Publisher = d.Statement.Publisher, PersonId = d.ActorId })
            .Take(MaxMatches).ToListAsync(ct);
        var total = matches.Count;
        var pageIds = matches.Skip((query.Page - 1) * PageSize).Take(PageSize).Select(m => m.Id).ToList();
        matched = db.Demands.AsNoTracking().Where(d => pageIds.Contains(d.Id));
        var rows = await matched
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

        var sampleIds = matches.Take(FacetSample).Select(m => m.Id).ToList();

        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", matches.Select(m => m.Publisher)),
            YearFacet(matches.Select(m => m.PublishedOn)),
            CountFacet("language", "Language", matches.Select(m => m.Language)),
            await NamedFacetAsync("addressee", "Addressee", matches.Select(m => m.PersonId),
                actorIds => db.Actors.AsNoTracking().Where(a => actorIds.Contains(a.Id)).Select(a => new NamedRow { Id = a.Id, Slug = a.Slug, Name = a.Name }), ct),
            await TagFacetAsync(db.DemandTags.Where(t => sampleIds.Contains(t.DemandId)).Select(t => t.TagId), ct),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
    }

    /// <summary>Whether a statement-level facet (publisher, year, language, country, instrument) is set.</summary>
    private static bool NarrowsStatements(SearchQuery query) =>
        !string.IsNullOrEmpty(query.Publisher) || query.Year is not null || !string.IsNullOrEmpty(query.Language)
        || !string.IsNullOrEmpty(query.Country) || !string.IsNullOrEmpty(query.Instrument);

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

    // A class with init properties, not a positional record: EF Core can order by the members of
    // an object initializer, not by a constructor's arguments.
    private sealed class FacetRow
    {
        public required string Key { get; init; }
        public required string Label { get; init; }
        public int Count { get; init; }
    }

    private static async Task<Facet> Facet(string name, string label, IQueryable<FacetRow> rows, CancellationToken ct)
    {
        var values = await rows.OrderByDescending(r => r.Count).ThenBy(r => r.Label).Take(FacetSize).ToListAsync(ct);
        return new Facet(name, label, values.Select(v => new FacetValue(v.Key.Trim(), v.Label, v.Count)).ToList());
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

    /// <summary>One match: its id and what the publisher, year and language facets count.</summary>
    private sealed class MatchRow
    {
        public int Id { get; init; }
        public DateOnly? PublishedOn { get; init; }
        public required string Language { get; init; }
        public required string Publisher { get; init; }
        public int? PersonId { get; init; }
    }

/// <summary>Counts the speakers or addressees the match returned, then reads their names.</summary>
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

    /// <summary>Counts tag uses; each element is one use of a tag by one result.</summary>
    private async Task<Facet> TagFacetAsync(IQueryable<int> uses, CancellationToken ct)
    {
        var counts = await uses.GroupBy(u => u).Select(g => new { TagId = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(FacetSize).ToListAsync(ct);
        var tagIds = counts.Select(c => c.TagId).ToList();
        var labels = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id))
            .Select(t => new { t.Id, Key = t.Vocabulary!.Slug + "/" + t.Slug, t.Label }).ToDictionaryAsync(t => t.Id, ct);
        return new Facet("tag", "Tag", counts.Where(c => labels.ContainsKey(c.TagId))
            .Select(c => new FacetValue(labels[c.TagId].Key, labels[c.TagId].Label, c.Count)).OrderByDescending(v => v.Count).ThenBy(v => v.Label).ToList());
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
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "q";
            parameter.Value = plain;
            command.Parameters.Add(parameter);
            var matches = new List<NameMatch>();
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                matches.Add(new NameMatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
            }

            return matches;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
