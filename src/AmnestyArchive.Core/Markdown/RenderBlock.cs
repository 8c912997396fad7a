namespace AmnestyArchive.Core.Markdown;

/// <summary>The kind of a statement block, which decides its Markdown form.</summary>
public enum RenderBlockKind
{
    Paragraph,
    Heading,
    PullQuote,
    Attribution,
    Dateline,
}

/// <summary>One block of a statement, with the offset of its text in the normalised text.</summary>
/// <param name="Anchor">Fragment id of the block, such as <c>p7</c>.</param>
/// <param name="Kind">Heading, paragraph, pull quote, attribution line or dateline.</param>
/// <param name="Text">The block's normalised text.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in the statement's normalised text.</param>
public sealed record RenderBlock(string Anchor, RenderBlockKind Kind, string Text, int Start);

/// <summary>What an annotation marks.</summary>
public enum AnnotationKind
{
    Quote,
    Citation,
    Demand,
}

/// <summary>A span to mark in the rendered text, in normalised-text offsets (end exclusive).</summary>
/// <param name="Kind">Quote, citation or demand.</param>
/// <param name="Start">First character, in the normalised text.</param>
/// <param name="End">One past the last character.</param>
/// <param name="Href">Where the mark links to (its page), or null for a plain mark.</param>
/// <param name="Label">Accessible description, such as "Quote by Agnès Callamard".</param>
/// <param name="CssClass">Extra class for the mark, for example to flag a selected span.</param>
public sealed record AnnotationSpan(AnnotationKind Kind, int Start, int End, string? Href, string Label, string? CssClass = null);
