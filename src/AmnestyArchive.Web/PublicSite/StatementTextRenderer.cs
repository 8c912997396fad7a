using System.Text;
using System.Text.Encodings.Web;
using AmnestyArchive.Web.Domain;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>A quote, citation or demand to mark in the text; offsets are in the normalised text.</summary>
public sealed record MarkedSpan(string Kind, int Start, int End, string? Href, string Label);

/// <summary>A block to render: its anchor, kind, text and offset in the normalised text.</summary>
public sealed record TextBlock(string Anchor, BlockKind Kind, string Text, int Start);

/// <summary>
/// Renders a statement's blocks as HTML, each with its anchor as id, and every span marked.
/// A span that contains no other span is a link to its page; one that contains others (a quote
/// with a citation inside) is a mark followed by a small link, because links cannot nest.
/// All text is HTML-encoded; no markup from the statement reaches the page.
/// </summary>
/// <remarks>
/// Kept instead of the shared <c>StatementMarkdown.ToHtml</c> for now: on main that renderer
/// never returns when one span lies inside another (a citation inside a demand), which every
/// real statement has. Switch once it is fixed; the markup here uses the same classes.
/// </remarks>
public static class StatementTextRenderer
{
    public static string Render(IReadOnlyList<TextBlock> blocks, IReadOnlyList<MarkedSpan> spans)
    {
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            var (open, close) = block.Kind switch
            {
                BlockKind.Heading => ($"<h2 id=\"{Enc(block.Anchor)}\">", "</h2>"),
                BlockKind.PullQuote => ($"<blockquote class=\"pullquote\" id=\"{Enc(block.Anchor)}\"><p>", "</p></blockquote>"),
                BlockKind.Attribution => ($"<p class=\"attribution\" id=\"{Enc(block.Anchor)}\">", "</p>"),
                BlockKind.Dateline => ($"<p class=\"dateline\" id=\"{Enc(block.Anchor)}\">", "</p>"),
                _ => ($"<p id=\"{Enc(block.Anchor)}\">", "</p>"),
            };
            html.Append(open);
            RenderBlock(html, block, spans);
            html.Append(" <a class=\"anchor\" href=\"#").Append(Enc(block.Anchor)).Append("\" aria-label=\"Link to paragraph ")
                .Append(Enc(block.Anchor)).Append("\">#</a>");
            html.Append(close).Append('\n');
        }

        return html.ToString();
    }

    private static void RenderBlock(StringBuilder html, TextBlock block, IReadOnlyList<MarkedSpan> spans)
    {
        var text = block.Text;
        var local = spans
            .Select(s => s with { Start = Math.Max(0, s.Start - block.Start), End = Math.Min(text.Length, s.End - block.Start) })
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        Emit(html, text, 0, text.Length, local);
    }

    private static void Emit(StringBuilder html, string text, int from, int to, List<MarkedSpan> spans)
    {
        var position = from;
        var i = 0;
        while (i < spans.Count)
        {
            var span = spans[i];
            if (span.Start < position)
            {
                i++;
                continue;
            }

            html.Append(Enc(text[position..span.Start]));
            var children = new List<MarkedSpan>();
            i++;
            while (i < spans.Count && spans[i].Start < span.End)
            {
                children.Add(spans[i] with { End = Math.Min(spans[i].End, span.End) });
                i++;
            }

            if (span.Href is null)
            {
                html.Append("<mark class=\"").Append(span.Kind).Append("\" title=\"").Append(Enc(span.Label)).Append("\">");
                Emit(html, text, span.Start, span.End, children);
                html.Append("</mark>");
            }
            else if (children.Count == 0)
            {
                html.Append("<mark class=\"").Append(span.Kind).Append("\"><a href=\"").Append(Enc(span.Href))
                    .Append("\" title=\"").Append(Enc(span.Label)).Append("\">")
                    .Append(Enc(text[span.Start..span.End])).Append("</a></mark>");
            }
            else
            {
                html.Append("<mark class=\"").Append(span.Kind).Append("\">");
                Emit(html, text, span.Start, span.End, children);
                html.Append("</mark><a class=\"ref\" href=\"").Append(Enc(span.Href)).Append("\" title=\"")
                    .Append(Enc(span.Label)).Append("\"><sup>").Append(span.Kind).Append("</sup></a>");
            }

            position = span.End;
        }

        html.Append(Enc(text[position..to]));
    }

    private static string Enc(string s) => HtmlEncoder.Default.Encode(s);
}
