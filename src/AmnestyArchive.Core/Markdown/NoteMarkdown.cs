using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AmnestyArchive.Core.Markdown;

/// <summary>
/// Editor-written notes (summaries, biographies, instrument notes, scope notes) as HTML.
/// Raw HTML is disabled, and links other than http(s), mailto and site-relative ones are
/// rendered as plain text, so a note cannot carry a <c>javascript:</c> link.
/// </summary>
public static class NoteMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = null;
                link.IsImage = false;
                var text = new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
                link.ReplaceBy(text);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";
    }
}
