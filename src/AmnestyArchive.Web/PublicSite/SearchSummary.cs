using System.Data.Common;
using System.Text;
using AmnestyArchive.Web.Domain;
using Npgsql;
using NpgsqlTypes;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>The ids the facet filters name, resolved once; an unknown name becomes -1 and matches nothing.</summary>
internal sealed record SearchFilters(string? Country, int? Instrument, int? Speaker, int? Addressee, int? Tag);

/// <summary>One counted facet value as the summary statement returns it: a key (or an id), a label and a count.</summary>
internal sealed record SummaryCount(int? Id, string? Key, string? Label, int Count);

/// <summary>
/// Everything a search needs from the match, computed by PostgreSQL in one statement (ADR 0013):
/// the total (capped at <see cref="ArchiveSearch.MaxMatches"/>), the ids of the page asked for
/// (newest first, or by relevance), and the counts of every facet with their names. Only these
/// few hundred rows cross the wire, instead of the 10,000 matches and a round trip per facet.
/// </summary>
internal sealed class SearchSummary
{
    private readonly Dictionary<string, List<SummaryCount>> counts = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    private readonly List<(int Position, int Id)> newest = [];
    private readonly List<(int Position, int Id)> ranked = [];

    /// <summary>The page's ids, newest first.</summary>
    public List<int> NewestIds => [.. newest.OrderBy(p => p.Position).Select(p => p.Id)];

    /// <summary>The page's ids by relevance; empty unless the statement ranked the matches.</summary>
    public List<int> RankedIds => [.. ranked.OrderBy(p => p.Position).Select(p => p.Id)];

    public IReadOnlyList<SummaryCount> Counts(string facet) => counts.TryGetValue(facet, out var values) ? values : [];

    /// <summary>
    /// Runs the summary statement on <paramref name="connection"/> (already open). The kind and the
    /// language of each branch are literals, so that every branch's condition is exactly one partial
    /// GIN index's predicate (ADR 0011, 0012); the words become a tsquery once, in an InitPlan, so the
    /// statement can be prepared without re-parsing the words for every candidate row.
    /// </summary>
    public static async Task<SearchSummary> ReadAsync(DbConnection connection, char kind, SearchQuery query, SearchFilters filters,
        bool rank, CancellationToken ct)
    {
        await using var command = (NpgsqlCommand)connection.CreateCommand();
        command.CommandText = Sql(kind, query, filters, rank, command.Parameters);
        var first = (query.Page - 1) * ArchiveSearch.PageSize;
        command.Parameters.Add(new NpgsqlParameter<int>("page_after", NpgsqlDbType.Integer) { TypedValue = first });
        command.Parameters.Add(new NpgsqlParameter<int>("page_last", NpgsqlDbType.Integer) { TypedValue = first + ArchiveSearch.PageSize });

        // Prepared: the statement is planned once per pooled connection and filter combination,
        // not on every search (planning it cost about as much as running a narrow search).
        await command.PrepareAsync(ct);
        var summary = new SearchSummary();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var part = reader.GetString(0);
            var id = reader.IsDBNull(1) ? (int?)null : reader.GetInt32(1);
            // For page ids, the count column holds their position.
            var count = reader.GetInt32(4);
            switch (part)
            {
                case "total":
                    summary.Total = count;
                    break;
                case "page":
                    summary.newest.Add((count, id!.Value));
                    break;
                case "ranked":
                    summary.ranked.Add((count, id!.Value));
                    break;
                default:
                    if (!summary.counts.TryGetValue(part, out var values))
                    {
                        summary.counts[part] = values = [];
                    }

                    values.Add(new SummaryCount(id, reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), count));
                    break;
            }
        }

        return summary;
    }

    private static string Sql(char kind, SearchQuery query, SearchFilters filters, bool rank, NpgsqlParameterCollection parameters)
    {
        var where = Conditions(kind, query, filters, parameters);
        string match;
        if (query.HasWords)
        {
            parameters.Add(new NpgsqlParameter<string>("words", NpgsqlDbType.Text) { TypedValue = query.Q! });
            match = $"""
                SELECT e.ctid AS tid, e.item_id, e.statement_id, e.ordinal, e.published_on, e.language, e.publisher, e.who_id
                  FROM search_entries e
                 WHERE {where} AND e.language = 'es' AND e.search_vector @@ (SELECT websearch_to_tsquery('spanish_unaccent', @words))
                UNION ALL
                SELECT e.ctid AS tid, e.item_id, e.statement_id, e.ordinal, e.published_on, e.language, e.publisher, e.who_id
                  FROM search_entries e
                 WHERE {where} AND e.language <> 'es' AND e.search_vector @@ (SELECT websearch_to_tsquery('english_unaccent', @words))
                """;
        }
        else
        {
            match = $"""
                SELECT e.ctid AS tid, e.item_id, e.statement_id, e.ordinal, e.published_on, e.language, e.publisher, e.who_id
                  FROM search_entries e
                 WHERE {where}
                """;
        }

        var sql = new StringBuilder($"""
            WITH found AS MATERIALIZED (
              SELECT m.tid, m.item_id, m.published_on, m.language, m.publisher, m.who_id,
                     row_number() OVER (ORDER BY m.published_on DESC, m.statement_id DESC, m.ordinal)::int AS n
                FROM ({match}) AS m
               ORDER BY m.published_on DESC, m.statement_id DESC, m.ordinal
               LIMIT {ArchiveSearch.MaxMatches})
            """);
        // The newest FacetSample matches' facet rows, each looked up by its key. OFFSET 0 keeps the
        // LATERAL subquery a lookup per match: flattened, the planner may hash the whole facet
        // table instead when it expects many matches (30 ms against 5 for 2,000 lookups).
        sql.Append(kind == SearchEntry.StatementKind
            ? $"""
                ,
                sample AS MATERIALIZED (
                  SELECT x.countries, x.speakers, x.instruments, x.addressees, x.tags
                    FROM found f
                   CROSS JOIN LATERAL (SELECT s.countries, s.speakers, s.instruments, s.addressees, s.tags
                                         FROM search_facets s WHERE s.kind = 's' AND s.item_id = f.item_id OFFSET 0) x
                   WHERE f.n <= {ArchiveSearch.FacetSample})
                """
            : $"""
                ,
                sample AS MATERIALIZED (
                  SELECT x.tags
                    FROM found f
                   CROSS JOIN LATERAL (SELECT s.tags FROM search_facets s WHERE s.kind = '{kind}' AND s.item_id = f.item_id OFFSET 0) x
                   WHERE f.n <= {ArchiveSearch.FacetSample})
                """);

        // One pass over the matches counts the total, publishers, languages, years and (quotes,
        // demands) speakers or addressees; one pass over the sample counts the other facets. Each
        // pass is a set of grouping sets, so PostgreSQL reads the rows once, not once per facet.
        var who = kind switch { SearchEntry.QuoteKind => "speaker", SearchEntry.DemandKind => "addressee", _ => null };
        sql.Append($"""
            ,
            counted AS MATERIALIZED (
              SELECT CASE WHEN grouping(publisher) = 0 THEN 'publisher' WHEN grouping(language) = 0 THEN 'language'
                          WHEN grouping(extract(year FROM published_on)) = 0 THEN 'year' {(who is null ? "" : $"WHEN grouping(who_id) = 0 THEN '{who}' ")}ELSE 'total' END AS part,
                     extract(year FROM published_on)::int AS year, publisher, language, {(who is null ? "NULL::int AS who_id" : "who_id")}, count(*)::int AS count
                FROM found
               GROUP BY GROUPING SETS ((), (publisher), (language), (extract(year FROM published_on)){(who is null ? "" : ", (who_id)")}))
            """);
        sql.Append(kind == SearchEntry.StatementKind
            ? """
                ,
                sampled AS MATERIALIZED (
                  SELECT CASE WHEN grouping(country) = 0 THEN 'country' WHEN grouping(speaker) = 0 THEN 'speaker'
                              WHEN grouping(instrument) = 0 THEN 'instrument' WHEN grouping(addressee) = 0 THEN 'addressee' ELSE 'tag' END AS part,
                         country, speaker, instrument, addressee, tag, count(*)::int AS count
                    FROM sample CROSS JOIN unnest(sample.countries, sample.speakers, sample.instruments, sample.addressees, sample.tags)
                         AS u(country, speaker, instrument, addressee, tag)
                   GROUP BY GROUPING SETS ((country), (speaker), (instrument), (addressee), (tag)))
                """
            : """
                ,
                sampled AS MATERIALIZED (
                  SELECT 'tag' AS part, tag, count(*)::int AS count FROM sample CROSS JOIN unnest(sample.tags) AS tag GROUP BY tag)
                """);

        sql.Append("""

            SELECT part, year AS id, coalesce(publisher, language) AS key, NULL::text AS label, count FROM counted
             WHERE part IN ('total', 'publisher', 'language') OR (part = 'year' AND year IS NOT NULL)
            UNION ALL SELECT 'page', item_id, NULL, NULL, n FROM found WHERE n > @page_after AND n <= @page_last
            """);
        if (who is not null)
        {
            sql.Append($"""

                UNION ALL SELECT c.part, NULL, w.slug, w.name, c.count FROM counted c JOIN {(who == "speaker" ? "persons" : "actors")} w ON w.id = c.who_id
                 WHERE c.part = '{who}'
                """);
        }

        if (rank)
        {
            // Up to RankLimit matches are ordered by relevance: ts_rank with the statement's own
            // configuration, then newest first. The vectors are read again only when the match is
            // small enough to be ranked, by the row's physical address (ctid) that the match
            // noted: within one statement the row cannot move, and a TID lookup skips the index
            // (2,000 lookups: 3 ms against 10 by key). OFFSET 0 keeps it one lookup per match.
            sql.Append($"""

                UNION ALL SELECT 'ranked', r.item_id, NULL, NULL, r.n FROM (
                  SELECT f.item_id, row_number() OVER (ORDER BY x.rank DESC, x.published_on DESC, f.item_id DESC)::int AS n
                    FROM found f
                   CROSS JOIN LATERAL (SELECT e.published_on,
                                              ts_rank(e.search_vector, CASE WHEN e.language = 'es' THEN (SELECT websearch_to_tsquery('spanish_unaccent', @words))
                                                                            ELSE (SELECT websearch_to_tsquery('english_unaccent', @words)) END) AS rank
                                         FROM search_entries e WHERE e.ctid = f.tid OFFSET 0) x
                   WHERE (SELECT count FROM counted WHERE part = 'total') <= {ArchiveSearch.RankLimit}) r
                 WHERE r.n > @page_after AND r.n <= @page_last
                """);
        }

        sql.Append("""

            UNION ALL SELECT 'tag', NULL, v.slug || '/' || t.slug, t.label, c.count
                        FROM sampled c JOIN tags t ON t.id = c.tag JOIN vocabularies v ON v.id = t.vocabulary_id
                       WHERE c.part = 'tag'
            """);
        if (kind == SearchEntry.StatementKind)
        {
            sql.Append("""

                UNION ALL SELECT c.part, NULL, n.code, n.name, c.count FROM sampled c JOIN countries n ON n.code = c.country WHERE c.part = 'country'
                UNION ALL SELECT c.part, NULL, p.slug, p.name, c.count FROM sampled c JOIN persons p ON p.id = c.speaker WHERE c.part = 'speaker'
                UNION ALL SELECT c.part, NULL, i.slug, i.name, c.count FROM sampled c JOIN instruments i ON i.id = c.instrument WHERE c.part = 'instrument'
                UNION ALL SELECT c.part, NULL, a.slug, a.name, c.count FROM sampled c JOIN actors a ON a.id = c.addressee WHERE c.part = 'addressee'
                """);
        }

        return sql.ToString();
    }

    /// <summary>
    /// The entries of one kind narrowed by every facet filter. Statement-level filters on a quote or
    /// demand go through its statement's facet row.
    /// </summary>
    private static string Conditions(char kind, SearchQuery query, SearchFilters filters, NpgsqlParameterCollection parameters)
    {
        var where = new List<string> { $"e.kind = '{kind}'" };
        if (!string.IsNullOrEmpty(query.Publisher))
        {
            where.Add("e.publisher = @publisher");
            parameters.Add(new NpgsqlParameter<string>("publisher", NpgsqlDbType.Varchar) { TypedValue = query.Publisher });
        }

        if (query.Year is { } year)
        {
            where.Add("e.published_on >= @year_from AND e.published_on < @year_to");
            parameters.Add(new NpgsqlParameter<DateOnly>("year_from", NpgsqlDbType.Date) { TypedValue = new DateOnly(year, 1, 1) });
            parameters.Add(new NpgsqlParameter<DateOnly>("year_to", NpgsqlDbType.Date) { TypedValue = new DateOnly(year + 1, 1, 1) });
        }

        if (!string.IsNullOrEmpty(query.Language))
        {
            where.Add("e.language = @language");
            parameters.Add(new NpgsqlParameter<string>("language", NpgsqlDbType.Varchar) { TypedValue = query.Language });
        }

        void StatementFacet(string column, string parameter) =>
            where.Add($"e.statement_id IN (SELECT f.statement_id FROM search_facets f WHERE f.kind = 's' AND @{parameter} = ANY (f.{column}))");

        if (filters.Country is { } country)
        {
            StatementFacet("countries", "country");
            parameters.Add(new NpgsqlParameter<string>("country", NpgsqlDbType.Char) { TypedValue = country });
        }

        if (filters.Instrument is { } instrument)
        {
            StatementFacet("instruments", "instrument");
            parameters.Add(new NpgsqlParameter<int>("instrument", NpgsqlDbType.Integer) { TypedValue = instrument });
        }

        if (filters.Speaker is { } speaker)
        {
            switch (kind)
            {
                case SearchEntry.StatementKind:
                    StatementFacet("speakers", "speaker");
                    break;
                case SearchEntry.QuoteKind:
                    where.Add("e.who_id = @speaker");
                    break;
                default:
                    where.Add("e.speaker_id = @speaker");
                    break;
            }

            parameters.Add(new NpgsqlParameter<int>("speaker", NpgsqlDbType.Integer) { TypedValue = speaker });
        }

        // A quote has no addressee: the filter does not apply to quotes.
        if (filters.Addressee is { } addressee && kind != SearchEntry.QuoteKind)
        {
            if (kind == SearchEntry.StatementKind)
            {
                StatementFacet("addressees", "addressee");
            }
            else
            {
                where.Add("e.who_id = @addressee");
            }

            parameters.Add(new NpgsqlParameter<int>("addressee", NpgsqlDbType.Integer) { TypedValue = addressee });
        }

        if (filters.Tag is { } tag)
        {
            where.Add($"e.item_id IN (SELECT f.item_id FROM search_facets f WHERE f.kind = '{kind}' AND @tag = ANY (f.tags))");
            parameters.Add(new NpgsqlParameter<int>("tag", NpgsqlDbType.Integer) { TypedValue = tag });
        }

        return string.Join(" AND ", where);
    }
}
