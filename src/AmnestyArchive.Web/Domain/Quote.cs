namespace AmnestyArchive.Web.Domain;

/// <summary>One continuous passage of directly quoted words, attributed to a speaker.</summary>
public sealed class Quote
{
    public int Id { get; set; }

    /// <summary>Short permanent id used in <c>/q/{PublicId}</c>.</summary>
    public string PublicId { get; set; } = "";

    public int StatementId { get; set; }
    public Statement? Statement { get; set; }

    public int Ordinal { get; set; }
    public string Text { get; set; } = "";

    public int? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The speaker's role at the time, as the statement gives it.</summary>
    public string? SpeakerRole { get; set; }

    public QuoteKind Kind { get; set; }

    /// <summary>Span in the normalised text.</summary>
    public int Start { get; set; }
    public int End { get; set; }
    public int FirstBlock { get; set; }
    public int LastBlock { get; set; }

    /// <summary>For a pull quote: the body quote it repeats.</summary>
    public int? RepeatsQuoteId { get; set; }
    public Quote? RepeatsQuote { get; set; }

    /// <summary>Set when an editor removes the quote; the permalink keeps resolving to a notice.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public List<QuoteTag> Tags { get; set; } = [];
}

public enum QuoteKind
{
    Inline = 0,
    PullQuote = 1,
}
