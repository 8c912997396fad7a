namespace AmnestyArchive.Web.Domain;

/// <summary>A heading, paragraph, pull quote, attribution line or dateline, with a stable anchor.</summary>
public sealed class Block
{
    public int Id { get; set; }
    public int StatementId { get; set; }
    public Statement? Statement { get; set; }

    /// <summary>Zero-based position in the statement.</summary>
    public int Ordinal { get; set; }

    /// <summary>Fragment id such as <c>p7</c>; stable for the life of the statement.</summary>
    public string Anchor { get; set; } = "";

    public BlockKind Kind { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Span in the normalised text.</summary>
    public int Start { get; set; }
    public int End { get; set; }
}

public enum BlockKind
{
    Paragraph = 0,
    Heading = 1,
    PullQuote = 2,
    Attribution = 3,
    Dateline = 4,
}
