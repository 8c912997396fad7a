using System.Text.Json.Serialization;

namespace AmnestyArchive.Core.Extraction;

/// <summary>Options for <see cref="StatementExtractor.Extract"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Forces the language ("en" or "es") instead of detecting it.</summary>
    public string? Language { get; init; }
}

/// <summary>The kind of a block of the normalised text.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BlockKind>))]
public enum BlockKind
{
    [JsonStringEnumMemberName("paragraph")] Paragraph,
    [JsonStringEnumMemberName("heading")] Heading,
    [JsonStringEnumMemberName("dateline")] Dateline,
    [JsonStringEnumMemberName("pullquote")] PullQuote,
    [JsonStringEnumMemberName("attribution")] Attribution,
}

/// <summary>Whether a quote sits in the body text or is a highlighted pull quote.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteKind>))]
public enum QuoteKind
{
    [JsonStringEnumMemberName("inline")] Inline,
    [JsonStringEnumMemberName("pullquote")] PullQuote,
}

/// <summary>A heading, paragraph, pull quote, attribution line or dateline, with its stable anchor.</summary>
public sealed record Block(
    int Index,
    string Anchor,
    BlockKind Kind,
    int Start,
    int End,
    int OriginalStart,
    int OriginalEnd,
    string Text);

/// <summary>
/// One continuous passage of directly quoted words and who said it. <see cref="SpeakerNamed"/> is
/// false when the text describes the speaker instead of naming them ("a 45-year-old farmer"):
/// <see cref="Speaker"/> then holds the description.
/// </summary>
public sealed record Quote(
    string Text,
    string? Speaker,
    [property: JsonPropertyName("role")] string? SpeakerRole,
    QuoteKind Kind,
    int Start,
    int End,
    int OriginalStart,
    int OriginalEnd,
    int FirstBlock,
    int LastBlock,
    int? RepeatsQuote,
    bool SpeakerNamed = true);

/// <summary>One mention of a legal instrument or one of its provisions.</summary>
public sealed record Citation(
    string Surface,
    string Instrument,
    string? Abbrev,
    string InstrumentId,
    [property: JsonPropertyName("type")] string InstrumentType,
    string? Pinpoint,
    int Start,
    int End,
    int OriginalStart,
    int OriginalEnd,
    int Block);

/// <summary>A sentence that calls on a named actor to act.</summary>
public sealed record Demand(
    string Text,
    string Addressee,
    string AddresseeId,
    [property: JsonPropertyName("country")] string? AddresseeCountry,
    string? Speaker,
    int Start,
    int End,
    int OriginalStart,
    int OriginalEnd,
    int Block);

/// <summary>Everything extracted from one statement. Offsets are UTF-16 indexes into
/// <see cref="NormalizedText"/>; the Original* offsets index the text as given.</summary>
public sealed record ExtractionResult
{
    public required string Language { get; init; }
    public string? Title { get; init; }
    [JsonPropertyName("published")]
    public DateOnly? PublishedOn { get; init; }
    public required string NormalizedText { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<Citation> Citations { get; init; }
    public required IReadOnlyList<Demand> Demands { get; init; }

    [JsonIgnore]
    internal Text.OffsetMap OffsetMap { get; init; } = Text.OffsetMap.Identity(0);

    /// <summary>Maps an offset in <see cref="NormalizedText"/> (0..Length) back to the original text.</summary>
    public int ToOriginalOffset(int normalizedOffset) => OffsetMap[normalizedOffset];
}
