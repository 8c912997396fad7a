namespace AmnestyArchive.Web.Domain;

/// <summary>A statement as published by its publisher, kept byte for byte, with its extracted facts.</summary>
public sealed class Statement
{
    public int Id { get; set; }

    /// <summary>Short permanent id used in <c>/s/{PublicId}</c>. Never changes once issued.</summary>
    public string PublicId { get; set; } = "";

    public string Publisher { get; set; } = "";
    public string? Title { get; set; }
    public DateOnly? PublishedOn { get; set; }

    /// <summary>ISO 639-1 code: <c>en</c> or <c>es</c>; selects the search configuration.</summary>
    public string Language { get; set; } = "en";

    public string? SourceUrl { get; set; }

    /// <summary>The bytes exactly as imported.</summary>
    public byte[] OriginalBytes { get; set; } = [];

    /// <summary>Lower-case hex SHA-256 of <see cref="OriginalBytes"/>.</summary>
    public string OriginalSha256 { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="NormalizedText"/>; makes import idempotent.</summary>
    public string NormalizedSha256 { get; set; } = "";

    public string OriginalFileName { get; set; } = "";
    public string NormalizedText { get; set; } = "";

    /// <summary>The body as Markdown: headings, paragraphs, and block quotes for pull quotes.</summary>
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Editor-written summary, Markdown.</summary>
    public string? Summary { get; set; }

    public StatementStatus Status { get; set; } = StatementStatus.Draft;
    public DateTimeOffset ImportedAt { get; set; }
    public string? ImportedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>Number of the newest published revision; 0 before the first publish.</summary>
    public int CurrentRevision { get; set; }

    /// <summary>The statement this one translates, if any.</summary>
    public int? TranslationOfId { get; set; }
    public Statement? TranslationOf { get; set; }
    public List<Statement> Translations { get; set; } = [];

    /// <summary>PostgreSQL <c>xmin</c>, used as the optimistic concurrency token.</summary>
    public uint Version { get; set; }

    public List<Block> Blocks { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
    public List<Demand> Demands { get; set; } = [];
    public List<Revision> Revisions { get; set; } = [];
    public List<StatementCountry> Countries { get; set; } = [];
}

public enum StatementStatus
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Withdrawn = 3,
}
