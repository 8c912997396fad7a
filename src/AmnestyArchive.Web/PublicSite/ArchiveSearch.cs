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
    /// <summary>The years a year filter can name: the next year's first day must be a date too.</summary>
    public const int FirstYear = 1, LastYear = 9998;

    /// <summary>
    /// The longest words a search takes: each word is one more lookup in the index, and a
    /// 7,000-character query of 900 words kept a connection busy for seconds.
    /// </summary>
    public const int MaxWordsLength = 500;

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
/// written as two index-friendly branches so that a partial GIN index serves each (ADR 0011, 0012).
/// A search is three commands: the match with its total, page ids and facet counts in one
/// (<see cref="SearchSummary"/>, ADR 0013), the page's rows with their snippets, and, on a
/// connection of its own, the names close to the words.
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
        var words = query.Q?.Trim();
        query = query with { Scope = scope, Q = words?.Length > SearchQuery.MaxWordsLength ? words[..SearchQuery.MaxWordsLength] : words };

        // Names close to the words are looked up on a connection of their own, while the search
        // runs; the search itself keeps one connection for its few commands, rather than taking a
        // pooled connection (and paying its reset round trip) for each one.
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

    private async Task<SearchFilters> ResolveFiltersAsync(SearchQuery query, CancellationToken ct)
    {
        async Task<int?> IdOf<T>(string? slug, IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> match, System.Linq.Expressions.Expression<Func<T, int>> id)
            where T : class =>
            string.IsNullOrEmpty(slug) ? null : (await rows.AsNoTracking().Where(match).Select(id).Cast<int?>().FirstOrDefaultAsync(ct)) ?? -1;

        var (vocabulary, tagSlug) = TagFilter(query);
        return new SearchFilters(
            string.IsNullOrEmpty(query.Country) ? null : query.Country.ToUpperInvariant(),
            await IdOf(query.Instrument, db.Instruments, i => i.Slug == query.Instrument, i => i.Id),
            await IdOf(query.Speaker, db.Persons, p => p.Slug == query.Speaker, p => p.Id),
            await IdOf(query.Addressee, db.Actors, a => a.Slug == query.Addressee, a => a.Id),
            string.IsNullOrEmpty(query.Tag) ? null
                : tagSlug is null ? -1 : await IdOf(tagSlug, db.Tags, t => t.Slug == tagSlug && t.Vocabulary!.Slug == vocabulary, t => t.Id));
    }

    /// <summary>
    /// Matches once, newest first, up to <see cref="MaxMatches"/> entries, and counts the total and
    /// every facet: one statement, and one more that names the sampled facet values
    /// (<see cref="SearchSummary"/>, ADR 0013).
    /// </summary>
    private async Task<SearchSummary> SummarizeAsync(char kind, SearchQuery query, CancellationToken ct) =>
        await SearchSummary.ReadAsync(db.Database.GetDbConnection(), kind, query, await ResolveFiltersAsync(query, ct),
            rank: kind == SearchEntry.StatementKind && query.HasWords, ct);

    private async Task<SearchResults> SearchStatementsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var summary = await SummarizeAsync(SearchEntry.StatementKind, query, ct);
        var words = query.Q ?? "";
        var total = summary.Total;

        // Up to RankLimit matches are ordered by relevance, broader searches newest first.
        var pageIds = query.HasWords && total <= RankLimit ? summary.RankedIds : summary.NewestIds;
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
        var facets = new List<Facet>
        {
            CountFacet("publisher", "Publisher", summary),
            YearFacet(summary),
            CountFacet("language", "Language", summary),
            NamedFacet("country", "Country", summary),
            NamedFacet("speaker", "Speaker", summary),
            NamedFacet("instrument", "Instrument", summary),
            NamedFacet("addressee", "Addressee", summary),
            NamedFacet("tag", "Tag", summary),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Countries, speakers, instruments, addressees and tags"));
    }

    private async Task<SearchResults> SearchQuotesAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        // Newest statement first; within a statement, the quotes in text order.
        var summary = await SummarizeAsync(SearchEntry.QuoteKind, query, ct);
        var words = query.Q ?? "";
        var total = summary.Total;
        var pageIds = summary.NewestIds;
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
            CountFacet("publisher", "Publisher", summary),
            YearFacet(summary),
            CountFacet("language", "Language", summary),
            NamedFacet("speaker", "Speaker", summary),
            NamedFacet("tag", "Tag", summary),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
    }

    private async Task<SearchResults> SearchDemandsAsync(SearchQuery query, IReadOnlyList<NameMatch> nameMatches, CancellationToken ct)
    {
        var summary = await SummarizeAsync(SearchEntry.DemandKind, query, ct);
        var words = query.Q ?? "";
        var total = summary.Total;
        var pageIds = summary.NewestIds;
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
            CountFacet("publisher", "Publisher", summary),
            YearFacet(summary),
            CountFacet("language", "Language", summary),
            NamedFacet("addressee", "Addressee", summary),
            NamedFacet("tag", "Tag", summary),
        };
        return new SearchResults(query, total, PageSize, hits, facets, nameMatches, SampledFacets(total, "Tags"));
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

    /// <summary>The most frequent values first, then by label (then key, so that two equal names keep one order).</summary>
    private static List<FacetValue> Top(IEnumerable<FacetValue> values) =>
        values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).ThenBy(v => v.Key, StringComparer.Ordinal).Take(FacetSize).ToList();

    /// <summary>A facet of a column's own values (publisher, language), labelled by the value itself.</summary>
    private static Facet CountFacet(string name, string label, SearchSummary summary) =>
        new(name, label, Top(summary.Counts(name).Select(c => new FacetValue(c.Key!.Trim(), c.Key, c.Count))));

    private static Facet YearFacet(SearchSummary summary) =>
        new("year", "Year", summary.Counts("year").OrderByDescending(c => c.Id).Take(FacetSize)
            .Select(c => new FacetValue(c.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Count)).ToList());

    /// <summary>A facet of things with a key (slug, code or vocabulary/slug) and a name.</summary>
    private static Facet NamedFacet(string name, string label, SearchSummary summary) =>
        new(name, label, Top(summary.Counts(name).Select(c => new FacetValue(c.Key!.Trim(), c.Label!, c.Count))));

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
        command.Parameters.Add(new NpgsqlParameter<string>("q", NpgsqlDbType.Text) { TypedValue = plain });

        // Prepared: planning this statement estimated every trigram operator against the names'
        // statistics and cost twice as much as running it (docs/benchmarks.md, "Public site").
        await command.PrepareAsync(ct);
        var matches = new List<NameMatch>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            matches.Add(new NameMatch(reader.GetString(0), reader.GetString(1), reader.GetString(2), Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return matches;
    }
}
