using NpgsqlTypes;

namespace AmnestyArchive.Web.Domain;

/// <summary>
/// One searchable published statement, quote or demand, in a narrow table that public search
/// reads instead of the wide statement rows (ADR 0012), with a copy of what its facets count for
/// the search's facet sample (ADR 0015); <see cref="SearchFacets"/> holds the same arrays for the
/// facet filters. PostgreSQL keeps both in step: triggers on the statement tables rebuild a
/// statement's entries in the same transaction as each change, so the application never writes them.
/// </summary>
public sealed class SearchEntry
{
    public const char StatementKind = 's';
    public const char QuoteKind = 'q';
    public const char DemandKind = 'd';

    /// <summary><see cref="StatementKind"/>, <see cref="QuoteKind"/> or <see cref="DemandKind"/>.</summary>
    public char Kind { get; set; }

    /// <summary>The statement's, quote's or demand's id.</summary>
    public int ItemId { get; set; }

    public int StatementId { get; set; }

    /// <summary>The quote's or demand's place in its statement; 0 for a statement.</summary>
    public int Ordinal { get; set; }

    public DateOnly? PublishedOn { get; set; }
    public string Language { get; set; } = "";
    public string Publisher { get; set; } = "";

    /// <summary>A quote's speaker (person id) or a demand's addressee (actor id).</summary>
    public int? WhoId { get; set; }

    /// <summary>The person who made a demand, when it sits in a quote.</summary>
    public int? SpeakerId { get; set; }

    public NpgsqlTsVector SearchVector { get; set; } = NpgsqlTsVector.Empty;

    /// <summary>
    /// Search's newest-first order in one number, computed by PostgreSQL from the date and the
    /// statement (a generated column): ordering by it descending, then by <see cref="Ordinal"/>,
    /// is ordering by date descending (no date first), statement descending, then text order.
    /// </summary>
    public long SortKey { get; set; }

    /// <summary>The year of <see cref="PublishedOn"/>, computed by PostgreSQL, for the year facet.</summary>
    public int? Year { get; set; }

    // What the facets of a search count over its newest matches, copied from SearchFacets so that
    // a search reads them from the rows it has just matched, by their physical address (ADR 0015).
    // An empty array is stored as NULL: most entries have none, and a NULL takes no room in the row.

    /// <summary>For a statement: its countries; otherwise NULL.</summary>
    public string[]? Countries { get; set; }

    /// <summary>For a statement: its speakers; otherwise NULL.</summary>
    public int[]? Speakers { get; set; }

    /// <summary>For a statement: the instruments it cites; otherwise NULL.</summary>
    public int[]? Instruments { get; set; }

    /// <summary>For a statement: its addressees; otherwise NULL.</summary>
    public int[]? Addressees { get; set; }

    /// <summary>The item's tags (for a statement, those of its quotes and demands), or NULL if none.</summary>
    public int[]? Tags { get; set; }

    public Statement? Statement { get; set; }
}

/// <summary>What the facets count for one <see cref="SearchEntry"/> (same key), kept by the same triggers.</summary>
public sealed class SearchFacets
{
    public char Kind { get; set; }
    public int ItemId { get; set; }
    public int StatementId { get; set; }

    /// <summary>For a statement: its countries, speakers, instruments and addressees; empty otherwise.</summary>
    public string[] Countries { get; set; } = [];
    public int[] Speakers { get; set; } = [];
    public int[] Instruments { get; set; } = [];
    public int[] Addressees { get; set; } = [];

    /// <summary>The item's tags (for a statement, those of its quotes and demands).</summary>
    public int[] Tags { get; set; } = [];
}
