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
            html.ObjectRenderers.Insert(0, new BlockAnchorInlineRenderer());
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

/// <summary>The "#" link that ends a block and points at the block's own anchor.</summary>
public sealed class BlockAnchorInline : LeafInline
{
    public required string Anchor { get; init; }
}

internal sealed class BlockAnchorInlineRenderer : HtmlObjectRenderer<BlockAnchorInline>
{
    protected override void Write(HtmlRenderer renderer, BlockAnchorInline obj) =>
        renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscapeUrl(obj.Anchor).Write("\" aria-label=\"Link to paragraph ")
            .WriteEscape(obj.Anchor).Write("\">#</a>");
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

/// <summary>
/// Splits a block's literal text at annotation boundaries and wraps the runs in nested
/// <see cref="AnnotationInline"/>s: one wrapper per annotation per stretch of text, outermost
/// (longest) annotation outside, so a citation inside a demand nests properly.
/// </summary>
internal static class AnnotationMarker
{
    private readonly record struct Run(string Text, AnnotationSpan[] Cover);

    public static void Apply(MarkdownDocument document, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans, int blockEnd)
    {
        if (spans.Count == 0)
        {
            return;
        }

        foreach (var leaf in document.Descendants<LeafBlock>().ToList())
        {
            if (leaf.Inline is not null)
            {
                MarkContainer(leaf.Inline, textOffsets, spans, blockEnd);
            }
        }
    }

    /// <summary>Each stretch of adjacent literals (escapes split text into several) is marked as one.</summary>
    private static void MarkContainer(ContainerInline container, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans, int blockEnd)
    {
        var stretch = new List<LiteralInline>();
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            if (child is LiteralInline literal)
            {
                stretch.Add(literal);
            }
            else
            {
                MarkStretch(stretch, textOffsets, spans, blockEnd);
                stretch.Clear();
                if (child is ContainerInline inner)
                {
                    MarkContainer(inner, textOffsets, spans, blockEnd);
                }
            }

            child = next;
        }

        MarkStretch(stretch, textOffsets, spans, blockEnd);
    }

    private static void MarkStretch(List<LiteralInline> literals, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans, int blockEnd)
    {
        if (literals.Count == 0)
        {
            return;
        }

        var runs = new List<Run>();
        foreach (var literal in literals)
        {
            AddRuns(literal, textOffsets, spans, runs);
        }

        if (runs.All(r => r.Cover.Length == 0))
        {
            return;
        }

        // Where each annotation's text ends in this stretch: its permalink goes there, if the
        // annotation also ends in this block (a quote over several paragraphs links once, at its end).
        var lastRun = new Dictionary<AnnotationSpan, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < runs.Count; i++)
        {
            foreach (var span in runs[i].Cover)
            {
                lastRun[span] = i;
            }
        }

        var anchor = literals[0];
        foreach (var node in Build(runs, 0, runs.Count, [], lastRun, blockEnd))
        {
            anchor.InsertBefore(node);
        }

        foreach (var literal in literals)
        {
            literal.Remove();
        }
    }

    private static List<Inline> Build(List<Run> runs, int from, int to, HashSet<AnnotationSpan> open,
        Dictionary<AnnotationSpan, int> lastRun, int blockEnd)
    {
        var nodes = new List<Inline>();
        var i = from;
        while (i < to)
        {
            var outer = runs[i].Cover.Where(s => !open.Contains(s))
                .OrderBy(s => s.Start).ThenByDescending(s => s.End).FirstOrDefault();
            if (outer is null)
            {
                nodes.Add(new LiteralInline(runs[i].Text));
                i++;
                continue;
            }

            var j = i;
            while (j < to && runs[j].Cover.Contains(outer))
            {
                j++;
            }

            var wrapper = new AnnotationInline
            {
                Annotation = outer,
                IsLast = lastRun[outer] == j - 1 && outer.End <= blockEnd,
            };
            foreach (var inner in Build(runs, i, j, [.. open, outer], lastRun, blockEnd))
            {
                wrapper.AppendChild(inner);
            }

            nodes.Add(wrapper);
            i = j;
        }

        return nodes;
    }

    private static void AddRuns(LiteralInline literal, int[] textOffsets, IReadOnlyList<AnnotationSpan> spans, List<Run> runs)
    {
        var content = literal.Content.ToString();
        var spanLength = literal.Span.End - literal.Span.Start + 1;
        var builder = new System.Text.StringBuilder();
        AnnotationSpan[]? cover = null;
        for (var i = 0; i < content.Length; i++)
        {
            // A plain literal maps char for char; an escaped one ("\*") covers one more source char.
            var source = spanLength == content.Length ? literal.Span.Start + i : literal.Span.End - (content.Length - 1 - i);
            var offset = source >= 0 && source < textOffsets.Length ? textOffsets[source] : -1;
            var here = offset < 0 ? [] : spans.Where(s => s.Start <= offset && offset < s.End).ToArray();
            if (cover is not null && !SameCover(cover, here))
            {
                runs.Add(new Run(builder.ToString(), cover));
                builder.Clear();
            }

            cover = here;
            builder.Append(content[i]);
        }

        if (cover is not null)
        {
            runs.Add(new Run(builder.ToString(), cover));
        }

    }

    private static bool SameCover(AnnotationSpan[] a, AnnotationSpan[] b) =>
        a.Length == b.Length && a.All(x => b.Contains(x));
}
