using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AmnestyArchive.Core.Markdown;

/// <summary>
/// A statement's body as Markdown (headings, paragraphs, block quotes for pull quotes) and its
/// HTML, with quotes, citations and demands marked through <see cref="AnnotationExtension"/>.
/// Raw HTML is disabled: statement text can never inject markup.
/// </summary>
public static class StatementMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePreciseSourceLocation() // inline spans map marks back to normalised-text offsets
        .Use<AnnotationExtension>()
        .Build();

    /// <summary>The body as Markdown: one Markdown block per statement block, text escaped.</summary>
    public static string ToMarkdown(IReadOnlyList<RenderBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var markdown = new StringBuilder();
        foreach (var block in blocks)
        {
            if (markdown.Length > 0)
            {
                markdown.Append("\n\n");
            }

            markdown.Append(BlockMarkdown.Build(block).Markdown);
        }

        return markdown.ToString();
    }

    /// <summary>Renders the blocks to HTML, each with its anchor as id, marking the spans.</summary>
    /// <param name="blocks">The statement's blocks, in order.</param>
    /// <param name="spans">Quotes, citations and demands to mark, in normalised-text offsets.</param>
    /// <param name="paragraphLinks">Ends each block with a small "#" link to its own anchor, for citing a paragraph.</param>
    public static string ToHtml(IReadOnlyList<RenderBlock> blocks, IReadOnlyList<AnnotationSpan> spans, bool paragraphLinks = false)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(spans);
        var ordered = spans.Where(s => s.End > s.Start).OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            var built = BlockMarkdown.Build(block);
            var document = Markdig.Markdown.Parse(built.Markdown, Pipeline);
            var blockEnd = block.Start + block.Text.Length;
            var local = ordered.Where(s => s.Start < blockEnd && s.End > block.Start).ToList();
            AnnotationMarker.Apply(document, built.TextOffsets, local, blockEnd);

            if (document.Count > 0)
            {
                var attributes = document[0].GetAttributes();
                attributes.Id = block.Anchor;
                attributes.AddClass("block-" + block.Kind.ToString().ToLowerInvariant());
                if (block.Kind is RenderBlockKind.PullQuote or RenderBlockKind.Attribution or RenderBlockKind.Dateline)
                {
                    attributes.AddClass(block.Kind.ToString().ToLowerInvariant());
                }

                if (paragraphLinks && document.Descendants<LeafBlock>().LastOrDefault() is { Inline: { } inline })
                {
                    inline.AppendChild(new BlockAnchorInline { Anchor = block.Anchor });
                }
            }

            renderer.Render(document);
        }

        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The Markdown of one block, with a map from Markdown offsets to normalised-text offsets.</summary>
    internal readonly record struct BlockMarkdown(string Markdown, int[] TextOffsets)
    {
        public static BlockMarkdown Build(RenderBlock block)
        {
            var markdown = new StringBuilder(block.Text.Length + 16);
            var offsets = new List<int>(block.Text.Length + 16);
            void Syntax(string s)
            {
                markdown.Append(s);
                for (var i = 0; i < s.Length; i++)
                {
                    offsets.Add(-1);
                }
            }

            switch (block.Kind)
            {
                case RenderBlockKind.Heading:
                    Syntax("## ");
                    break;
                case RenderBlockKind.PullQuote:
                    Syntax("> ");
                    break;
            }

            var text = block.Text;
            var lineStart = true;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c is '\r')
                {
                    continue;
                }

                if (c is '\n')
                {
                    // Trailing spaces would make a hard break; they were dropped above.
                    markdown.Append('\n');
                    offsets.Add(block.Start + i);
                    if (block.Kind == RenderBlockKind.PullQuote)
                    {
                        Syntax("> ");
                    }

                    lineStart = true;
                    continue;
                }

                if (char.IsWhiteSpace(c) && (lineStart || NextIsLineEnd(text, i)))
                {
                    // Leading whitespace would make code blocks, trailing whitespace hard breaks.
                    continue;
                }

                if (NeedsEscape(text, i, lineStart))
                {
                    markdown.Append('\\');
                    offsets.Add(-1);
                }

                markdown.Append(c);
                offsets.Add(block.Start + i);
                lineStart = false;
            }

            return new BlockMarkdown(markdown.ToString(), [.. offsets]);
        }

        private static bool NextIsLineEnd(string text, int i)
        {
            for (var j = i; j < text.Length; j++)
            {
                if (text[j] == '\n')
                {
                    return true;
                }

                if (!char.IsWhiteSpace(text[j]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool NeedsEscape(string text, int i, bool lineStart)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '!' or '|' or '~')
            {
                return true;
            }

            if (lineStart && c is '#' or '-' or '+' or '=')
            {
                return true;
            }

            // "1." or "1)" at the start of a line would start an ordered list.
            if (c is '.' or ')' && i > 0 && char.IsAsciiDigit(text[i - 1]))
            {
                var j = i - 1;
                while (j > 0 && char.IsAsciiDigit(text[j - 1]))
                {
                    j--;
                }

                return j == 0 || text[j - 1] == '\n';
            }

            return false;
        }
    }
}
