using AmnestyArchive.Core.Markdown;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Importing;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>A quote, citation or demand to mark in the text; offsets are in the normalised text.</summary>
public sealed record MarkedSpan(string Kind, int Start, int End, string? Href, string Label);

/// <summary>A block to render: its anchor, kind, text and offset in the normalised text.</summary>
public sealed record TextBlock(string Anchor, BlockKind Kind, string Text, int Start);

/// <summary>
/// The public pages' view of <see cref="StatementMarkdown"/>: the statement's blocks through
/// Markdig (raw HTML disabled), each with its anchor as id and a "#" link to it, and every
/// quote, citation and demand marked and linked by the project's Markdig extension.
/// </summary>
public static class StatementTextRenderer
{
    public static string Render(IReadOnlyList<TextBlock> blocks, IReadOnlyList<MarkedSpan> spans) =>
        StatementMarkdown.ToHtml(
            blocks.Select(b => new RenderBlock(b.Anchor, StatementImporter.MapRenderKind(b.Kind), b.Text, b.Start)).ToList(),
            spans.Select(s => new AnnotationSpan(Kind(s.Kind), s.Start, s.End, s.Href, s.Label)).ToList(),
            paragraphLinks: true);

    private static AnnotationKind Kind(string kind) => kind switch
    {
        "quote" => AnnotationKind.Quote,
        "citation" => AnnotationKind.Citation,
        _ => AnnotationKind.Demand,
    };
}
