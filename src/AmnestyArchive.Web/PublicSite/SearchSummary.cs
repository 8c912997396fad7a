using System.Data.Common;
using System.Text;
using AmnestyArchive.Web.Domain;
using Npgsql;
using NpgsqlTypes;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>The ids the facet filters name, resolved once; an unknown name becomes -1 and matches nothing.</summary>
internal sealed record SearchFilters(string? Country, int? Instrument, int? Speaker, int? Addressee, int? Tag);

/// <summary>One counted facet value: a key (slug, code, publisher ...), a label and a count; years have an id instead.</summary>
internal sealed record SummaryCount(int? Id, string? Key, string? Label, int Count);

/// <summary>
/// Everything a search needs from the match, in two round trips (ADR 0013). The first statement
/// matches once and returns the page's ids (newest first, or by relevance), the matches counted by
/// publisher, language and year (and, for quotes and demands, speaker or addressee), and the facet
/// arrays of the newest <see cref="ArchiveSearch.FacetSample"/> matches; the second names the
/// sampled countries, speakers, instruments, addressees and tags. A few thousand small values
/// cross the wire instead of the 10,000 matches and a round trip per facet.
/// </summary>
internal sealed class SearchSummary
{
    private readonly Dictionary<string, List<SummaryCount>> counts = new(StringComparer.Ordinal);
    private readonly List<(int Position, int Id)> newest = [];
    private readonly List<(int Position, int Id)> ranked = [];

    /// <summary>Matches, up to <see cref="ArchiveSearch.MaxMatches"/>.</summary>
    public int Total { get; private set; }

    /// <summary>The page's ids, newest first.</summary>
    public List<int> NewestIds => [.. newest.OrderBy(p => p.Position).Select(p => p.Id)];

    /// <summary>The page's ids by relevance; empty unless the statement ranked the matches.</summary>
    public List<int> RankedIds => [.. ranked.OrderBy(p => p.Position).Select(p => p.Id)];

    public IReadOnlyList<SummaryCount> Counts(string facet) => counts.TryGetValue(facet, out var values) ? values : [];

    /// <summary>
    /// Runs the summary on <paramref name="connection"/> (already open). The kind and the language of
    /// each branch are literals, so that every branch's condition is exactly one partial GIN index's
    /// predicate (ADR 0011, 0012); the words become a tsquery once, in an InitPlan, so the statement
    /// can be prepared without re-parsing the words for every candidate row.
    /// </summary>
    public static async Task<SearchSummary> ReadAsync(DbConnection connection, char kind, SearchQuery query, SearchFilters filters,
        bool rank, CancellationToken ct)
    {
        var summary = new SearchSummary();
        var sample = new SampledFacets();
        var facts = new List<(string Publisher, string Language, int? Year, int Count)>();
        await using (var command = (NpgsqlCommand)connection.CreateCommand())
        {
            command.CommandText = Sql(kind, query, filters, rank, command.Parameters);
            var first = (query.Page - 1) * ArchiveSearch.PageSize;
            command.Parameters.Add(new NpgsqlParameter<int>("page_after", NpgsqlDbType.Integer) { TypedValue = first });
            command.Parameters.Add(new NpgsqlParameter<int>("page_last", NpgsqlDbType.Integer) { TypedValue = first + ArchiveSearch.PageSize });

            // Prepared: the statement is planned once per pooled connection and filter combination,
            // not on every search (planning it cost about as much as running a narrow search).
            await command.PrepareAsync(ct);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.IsDBNull(1) ? (int?)null : reader.GetInt32(1);
                string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

                // For page ids, the count column holds their position.
                var count = reader.GetInt32(4);
                switch (reader.GetString(0))
                {
                    case "facts":
                        facts.Add((Text(2)!, Text(3)!, id, count));
                        break;
                    case "page":
                        summary.newest.Add((count, id!.Value));
                        break;
                    case "ranked":
                        summary.ranked.Add((count, id!.Value));
                        break;
                    case "sample":
                        sample.Add(reader);
                        break;
                    case var who:
                        summary.Add(who, new SummaryCount(null, Text(2), Text(3), count));
                        break;
                }
            }
        }

        summary.Total = facts.Sum(f => f.Count);
        foreach (var g in facts.GroupBy(f => f.Publisher, StringComparer.Ordinal))
        {
            summary.Add("publisher", new SummaryCount(null, g.Key, g.Key, g.Sum(f => f.Count)));
        }

        foreach (var g in facts.GroupBy(f => f.Language, StringComparer.Ordinal))
        {
            summary.Add("language", new SummaryCount(null, g.Key, g.Key, g.Sum(f => f.Count)));
        }

        foreach (var g in facts.Where(f => f.Year is not null).GroupBy(f => f.Year))
        {
            summary.Add("year", new SummaryCount(g.Key, null, null, g.Sum(f => f.Count)));
        }

        if (!sample.IsEmpty)
        {
            await sample.NameAsync(connection, summary, ct);
        }

        return summary;
    }

    private void Add(string facet, SummaryCount count)
    {
        if (!counts.TryGetValue(facet, out var values))
        {
            counts[facet] = values = [];
        }

        values.Add(count);
    }

    /// <summary>
    /// The facet arrays of the sampled matches, counted here: unnesting 2,000 rows' arrays cost
    /// PostgreSQL more than sending them. Then one statement reads the names of what was counted.
    /// </summary>
    private sealed class SampledFacets
    {
        private readonly Dictionary<string, int> countries = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> speakers = [];
        private readonly Dictionary<int, int> instruments = [];
        private readonly Dictionary<int, int> addressees = [];
        private readonly Dictionary<int, int> tags = [];

        public bool IsEmpty => countries.Count + speakers.Count + instruments.Count + addressees.Count + tags.Count == 0;

        public void Add(DbDataReader reader)
        {
            if (!reader.IsDBNull(5))
            {
                foreach (var code in reader.GetFieldValue<string[]>(5))
                {
                    var key = code.Trim();
                    countries[key] = countries.GetValueOrDefault(key) + 1;
                }
            }

            Count(reader, 6, speakers);
            Count(reader, 7, instruments);
            Count(reader, 8, addressees);
            Count(reader, 9, tags);
        }

        private static void Count(DbDataReader reader, int ordinal, Dictionary<int, int> into)
        {
            if (reader.IsDBNull(ordinal))
            {
                return;
            }

            foreach (var id in reader.GetFieldValue<int[]>(ordinal))
            {
                into[id] = into.GetValueOrDefault(id) + 1;
            }
        }

        public async Task NameAsync(DbConnection connection, SearchSummary summary, CancellationToken ct)
        {
            const string sql = """
                SELECT 'country' AS facet, NULL::int AS id, code::text AS key, name AS label FROM countries WHERE code = ANY (@countries)
                UNION ALL SELECT 'speaker', id, slug, name FROM persons WHERE id = ANY (@speakers)
                UNION ALL SELECT 'instrument', id, slug, name FROM instruments WHERE id = ANY (@instruments)
                UNION ALL SELECT 'addressee', id, slug, name FROM actors WHERE id = ANY (@addressees)
                UNION ALL SELECT 'tag', t.id, v.slug || '/' || t.slug, t.label FROM tags t JOIN vocabularies v ON v.id = t.vocabulary_id WHERE t.id = ANY (@tags)
                """;
            await using var command = (NpgsqlCommand)connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new NpgsqlParameter<string[]>("countries", NpgsqlDbType.Array | NpgsqlDbType.Char) { TypedValue = [.. countries.Keys] });
            command.Parameters.Add(new NpgsqlParameter<int[]>("speakers", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. speakers.Keys] });
            command.Parameters.Add(new NpgsqlParameter<int[]>("instruments", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. instruments.Keys] });
            command.Parameters.Add(new NpgsqlParameter<int[]>("addressees", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. addressees.Keys] });
            command.Parameters.Add(new NpgsqlParameter<int[]>("tags", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. tags.Keys] });
            await command.PrepareAsync(ct);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var facet = reader.GetString(0);
                var key = reader.GetString(2);
                var label = reader.GetString(3);
                var count = facet switch
                {
                    "country" => countries[key.Trim()],
                    "speaker" => speakers[reader.GetInt32(1)],
                    "instrument" => instruments[reader.GetInt32(1)],
                    "addressee" => addressees[reader.GetInt32(1)],
                    _ => tags[reader.GetInt32(1)],
                };
                summary.Add(facet, new SummaryCount(null, key, label, count));
            }
        }
    }

    private static string Sql(char kind, SearchQuery query, SearchFilters filters, bool rank, NpgsqlParameterCollection parameters)
    {
        var where = Conditions(kind, query, filters, parameters);
        const string columns = "e.ctid AS tid, e.item_id, e.sort_key, e.ordinal, e.year, e.language, e.publisher, e.who_id";
        string match;
        if (query.HasWords)
        {
            parameters.Add(new NpgsqlParameter<string>("words", NpgsqlDbType.Text) { TypedValue = query.Q! });
            match = $"""
                SELECT {columns}
                  FROM search_entries e
                 WHERE {where} AND e.language = 'es' AND e.search_vector @@ (SELECT websearch_to_tsquery('spanish_unaccent', @words))
                UNION ALL
                SELECT {columns}
                  FROM search_entries e
                 WHERE {where} AND e.language <> 'es' AND e.search_vector @@ (SELECT websearch_to_tsquery('english_unaccent', @words))
                """;
        }
        else
        {
            match = $"""
                SELECT {columns}
                  FROM search_entries e
                 WHERE {where}
                """;
        }

        // One pass over the matches, newest first (the sort key, then text order), numbered and
        // capped at MaxMatches, straight into one grouping (ADR 0015): publisher, language and year
        // (the caller adds them up per facet), and for quotes and demands the speaker or addressee
        // as a second grouping set. The page's ids with their positions, and the physical
        // addresses (ctid) of the newest matches that the facet sample and the ranking read again,
        // ride along as arrays in the groups, so no numbered list of 10,000 matches is written out
        // and read back. Within one statement a row cannot move, so a ctid noted here finds it.
        var who = kind switch { SearchEntry.QuoteKind => "speaker", SearchEntry.DemandKind => "addressee", _ => null };
        var part = who is null ? "'facts'" : $"CASE WHEN grouping(who_id) = 0 THEN '{who}' ELSE 'facts' END";
        var groups = who is null ? "publisher, language, year" : "GROUPING SETS ((publisher, language, year), (who_id))";
        var toRank = rank ? $",\n         array_agg(tid) FILTER (WHERE n <= {ArchiveSearch.RankLimit}) AS to_rank" : "";
        var sql = new StringBuilder($"""
            WITH counted AS MATERIALIZED (
              SELECT {part} AS part,
                     year, publisher, language, {(who is null ? "NULL::int AS who_id" : "who_id")}, count(*)::int AS count,
                     array_agg(item_id) FILTER (WHERE n > @page_after AND n <= @page_last) AS page_ids,
                     array_agg(n) FILTER (WHERE n > @page_after AND n <= @page_last) AS page_positions,
                     array_agg(tid) FILTER (WHERE n <= {ArchiveSearch.FacetSample}) AS sampled{toRank}
                FROM (SELECT m.*, row_number() OVER (ORDER BY m.sort_key DESC, m.ordinal)::int AS n
                        FROM ({match}) AS m
                       ORDER BY m.sort_key DESC, m.ordinal
                       LIMIT {ArchiveSearch.MaxMatches}) AS found
               GROUP BY {groups})
            SELECT part, year AS id, publisher AS key, language AS label, count,
                   NULL::character(2)[] AS countries, NULL::int[] AS speakers, NULL::int[] AS instruments, NULL::int[] AS addressees, NULL::int[] AS tags
              FROM counted WHERE part = 'facts'
            UNION ALL SELECT 'page', p.id, NULL, NULL, p.n, NULL, NULL, NULL, NULL, NULL
                        FROM counted c CROSS JOIN LATERAL unnest(c.page_ids, c.page_positions) AS p(id, n)
                       WHERE c.part = 'facts' AND c.page_ids IS NOT NULL
            """);
        if (who is not null)
        {
            sql.Append($"""

                UNION ALL SELECT c.part, NULL, w.slug, w.name, c.count, NULL, NULL, NULL, NULL, NULL
                            FROM counted c JOIN {(who == "speaker" ? "persons" : "actors")} w ON w.id = c.who_id
                           WHERE c.part = '{who}'
                """);
        }

        // The facet arrays of the newest FacetSample matches, read from the rows the match found,
        // by their ctid (one TID scan for the array of addresses; a second table looked up by key
        // cost three times the buffers). Empty arrays are stored as NULL.
        const string sampled = "ARRAY(SELECT unnest(c.sampled) FROM counted c WHERE c.part = 'facts')";
        sql.Append(kind == SearchEntry.StatementKind
            ? $"""

                UNION ALL SELECT 'sample', NULL, NULL, NULL, 0, s.countries, s.speakers, s.instruments, s.addressees, s.tags
                            FROM search_entries s WHERE s.ctid = ANY ({sampled})
                """
            : $"""

                UNION ALL SELECT 'sample', NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, s.tags
                            FROM search_entries s WHERE s.ctid = ANY ({sampled}) AND s.tags IS NOT NULL
                """);

        if (rank)
        {
            // Up to RankLimit matches are ordered by relevance: ts_rank with the statement's own
            // configuration, then newest first. The vectors are read again only when the match is
            // small enough to be ranked, by the ctid the match noted (a TID scan, no index).
            sql.Append($"""

                UNION ALL SELECT 'ranked', r.item_id, NULL, NULL, r.n, NULL, NULL, NULL, NULL, NULL FROM (
                  SELECT e.item_id,
                         row_number() OVER (ORDER BY ts_rank(e.search_vector, CASE WHEN e.language = 'es' THEN (SELECT websearch_to_tsquery('spanish_unaccent', @words))
                                                                                 ELSE (SELECT websearch_to_tsquery('english_unaccent', @words)) END) DESC,
                                                     e.published_on DESC, e.item_id DESC)::int AS n
                    FROM search_entries e
                   WHERE e.ctid = ANY (ARRAY(SELECT unnest(c.to_rank) FROM counted c WHERE c.part = 'facts'))
                     AND (SELECT sum(count) FROM counted WHERE part = 'facts') <= {ArchiveSearch.RankLimit}) r
                 WHERE r.n > @page_after AND r.n <= @page_last
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

        if (query.Year is < SearchQuery.FirstYear or > SearchQuery.LastYear)
        {
            // No date falls in year 0 or 10000 (nor can one be written for it): nothing matches.
            where.Add("FALSE");
        }
        else if (query.Year is { } year)
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
