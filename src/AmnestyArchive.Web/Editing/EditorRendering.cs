using AmnestyArchive.Core.Markdown;
using AmnestyArchive.Web.Domain;

namespace AmnestyArchive.Web.Editing;

/// <summary>Maps the archive's block kinds onto the shared renderer's.</summary>
public static class EditorRendering
{
    public static RenderBlockKind Kind(BlockKind kind) => kind switch
    {
        BlockKind.Heading => RenderBlockKind.Heading,
        BlockKind.PullQuote => RenderBlockKind.PullQuote,
        BlockKind.Attribution => RenderBlockKind.Attribution,
        BlockKind.Dateline => RenderBlockKind.Dateline,
        _ => RenderBlockKind.Paragraph,
    };
}
