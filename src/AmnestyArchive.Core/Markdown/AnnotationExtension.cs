using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AmnestyArchive.Core.Markdown;

/// <summary>
/// Markdig extension that renders <see cref="AnnotationInline"/> nodes: quotes and demands as
/// <c>&lt;mark&gt;</c> followed by a permalink, citations as links to the instrument's page.
/// </summary>
public sealed class AnnotationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<AnnotationInlineRenderer>())
        {
            html.ObjectRenderers.Insert(0, new AnnotationInlineRenderer());
        }
    }
}

/// <summary>A run of text inside one annotation; one annotation may need several runs.</summary>
public sealed class AnnotationInline : ContainerInline
{
    public required AnnotationSpan Annotation { get; init; }

    /// <summary>True on the run that ends the annotation, where the permalink goes.</summary>
    public bool IsLast { get; set; }
}

internal sealed class AnnotationInlineRenderer : HtmlObjectRenderer<AnnotationInline>
{
    protected override void Write(HtmlRenderer renderer, AnnotationInline obj)
    {
        var a = obj.Annotation;
        var kind = a.Kind.ToString().ToLowerInvariant();
        var css = a.CssClass is null ? kind : kind + " " + a.CssClass;
        if (a.Kind == AnnotationKind.Citation && a.Href is not null)
        {
            renderer.Write("<a class=\"").WriteEscape(css).Write("\" href=\"").WriteEscapeUrl(a.Href)
                .Write("\" title=\"").WriteEscape(a.Label).Write("\">");
            renderer.WriteChildren(obj);
            renderer.Write("</a>");
            return;
        }

        renderer.Write("<mark class=\"").WriteEscape(css).Write("\">");
        renderer.WriteChildren(obj);
        renderer.Write("</mark>");
        if (obj.IsLast && a.Href is not null)
        {
            renderer.Write("<a class=\"ann-link ").WriteEscape(kind).Write("-link\" href=\"").WriteEscapeUrl(a.Href)
                .Write("\" title=\"").WriteEscape(a.Label).Write("\"><span class=\"visually-hidden\">")
                .WriteEscape(a.Label).Write("</span><span aria-hidden=\"true\">↗</span></a>");
        }
    }
}

/// <summary>Splits literal text at annotation boundaries and wraps each run in <see cref="AnnotationInline"/>s.</summary>
internal static class AnnotationMarker
{
    public static void Apply(MarkdownDocument document, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans)
    {
        if (spans.Count == 0)
        {
            return;
        }

        // Materialise first: the tree changes as literals are replaced.
        var literals = document.Descendants<LiteralInline>().ToList();
        foreach (var literal in literals)
        {
            Mark(literal, textOffsets, spans);
        }

        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                MergeTree(leaf.Inline);
            }
        }
    }

    private static void MergeTree(ContainerInline container)
    {
        MergeAdjacent(container);
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline inner)
            {
                MergeTree(inner);
            }
        }
    }

    /// <summary>Escapes split text into several literals; join their runs so one mark covers them.</summary>
    private static void MergeAdjacent(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (child is AnnotationInline current && current.NextSibling is AnnotationInline next
                && ReferenceEquals(current.Annotation, next.Annotation))
            {
                var moved = next.FirstChild;
                while (moved is not null)
                {
                    var following = moved.NextSibling;
                    moved.Remove();
                    current.AppendChild(moved);
                    moved = following;
                }

                current.IsLast |= next.IsLast;
                next.Remove();
                continue;
            }

            child = child.NextSibling;
        }
    }

    private static void Mark(LiteralInline literal, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans)
    {
        var content = literal.Content.ToString();
        if (content.Length == 0 || literal.Parent is null)
        {
            return;
        }

        var positions = new int[content.Length];
        var spanLength = literal.Span.End - literal.Span.Start + 1;
        for (var i = 0; i < content.Length; i++)
        {
            // A plain literal maps char for char; an escaped one ("\*") covers two source chars.
            var source = spanLength == content.Length ? literal.Span.Start + i : literal.Span.End - (content.Length - 1 - i);
            positions[i] = source >= 0 && source < textOffsets.Length ? textOffsets[source] : -1;
        }

        var runs = new List<(int From, int To, List<AnnotationSpan> Cover)>();
        for (var i = 0; i < content.Length; i++)
        {
            var cover = Covering(spans, positions[i]);
            if (runs.Count > 0 && SameCover(runs[^1].Cover, cover))
            {
                runs[^1] = (runs[^1].From, i + 1, runs[^1].Cover);
            }
            else
            {
                runs.Add((i, i + 1, cover));
            }
        }

        if (runs.Count == 1 && runs[0].Cover.Count == 0)
        {
            return;
        }

        foreach (var (from, to, cover) in runs)
        {
            Inline piece = new LiteralInline(content[from..to]);
            var lastText = positions[to - 1];
            // Innermost annotation first, so the outermost ends up outside.
            foreach (var span in cover.OrderBy(s => s.End - s.Start))
            {
                var wrapper = new AnnotationInline { Annotation = span, IsLast = lastText == span.End - 1 || IsLastMapped(span, positions, to) };
                wrapper.AppendChild(piece);
                piece = wrapper;
            }

            literal.InsertBefore(piece);
        }

        literal.Remove();
    }

    private static bool IsLastMapped(AnnotationSpan span, int[] positions, int to)
    {
        // Text the Markdown dropped (trailing spaces) can hide the span's true last character.
        for (var j = to; j < positions.Length; j++)
        {
            if (positions[j] >= 0)
            {
                return positions[j] >= span.End;
            }
        }

        return false;
    }

    private static List<AnnotationSpan> Covering(IReadOnlyList<AnnotationSpan> spans, int offset)
    {
        var cover = new List<AnnotationSpan>();
        if (offset < 0)
        {
            return cover;
        }

        foreach (var span in spans)
        {
            if (span.Start <= offset && offset < span.End)
            {
                cover.Add(span);
            }
        }

        return cover;
    }

    private static bool SameCover(List<AnnotationSpan> a, List<AnnotationSpan> b) =>
        a.Count == b.Count && a.All(b.Contains);
}
