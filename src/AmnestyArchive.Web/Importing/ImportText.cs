using System.Text;
using AmnestyArchive.Core.Extraction;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AmnestyArchive.Web.Importing;

/// <summary>
/// Turns an uploaded file into the statement's plain text: <c>.txt</c> as is, <c>.md</c> without
/// its block markers, <c>.html</c> through AngleSharp keeping headings and paragraphs as blocks.
/// </summary>
public static class ImportText
{
    public static readonly string[] SupportedExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>The text, or a message saying why the file cannot be imported.</summary>
    public static (string? Text, string? Error) Read(byte[] bytes, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length > 0 && !SupportedExtensions.Contains(extension))
        {
            return (null, $"“{Path.GetFileName(fileName)}” is not a supported type. Import .txt, .md or .html files.");
        }

        var decoded = ExtractionInput.Decode(bytes);
        if (!decoded.IsSuccess)
        {
            return (null, decoded.Message);
        }

        var text = extension switch
        {
            ".html" or ".htm" => FromHtml(decoded.Text!),
            ".md" or ".markdown" => FromMarkdown(decoded.Text!),
            _ => decoded.Text!,
        };
        return string.IsNullOrWhiteSpace(text) ? (null, "The file has no text in it.") : (text, null);
    }

    /// <summary>Headings, paragraphs, list items, quotes and table cells become blocks separated by blank lines.</summary>
    public static string FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template, nav, footer, header, form, iframe, svg").ToList())
        {
            element.Remove();
        }

        var blocks = new List<string>();
        var root = document.Body ?? (INode)document.DocumentElement;
        Collect(root, blocks);
        return string.Join("\n\n", blocks);
    }

    private static readonly HashSet<string> BlockTags =
        ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "DD", "DT", "FIGCAPTION", "TD", "TH", "PRE", "ADDRESS", "CAPTION"];

    private static void Collect(INode node, List<string> blocks)
    {
        var inline = new StringBuilder();
        void Flush()
        {
            var text = Collapse(inline.ToString());
            if (text.Length > 0)
            {
                blocks.Add(text);
            }

            inline.Clear();
        }

        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && BlockTags.Contains(element.TagName) && !element.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6").Any())
            {
                Flush();
                var text = Collapse(element.TextContent);
                if (text.Length > 0)
                {
                    blocks.Add(text);
                }
            }
            else if (child is IElement { TagName: "BR" })
            {
                inline.Append('\n');
            }
            else if (child is IElement container && container.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, div, blockquote").Any())
            {
                Flush();
                Collect(container, blocks);
            }
            else if (child is IElement { TagName: "DIV" or "SECTION" or "ARTICLE" or "MAIN" } div)
            {
                Flush();
                var text = Collapse(div.TextContent);
                if (text.Length > 0)
                {
                    blocks.Add(text);
                }
            }
            else
            {
                inline.Append(child.TextContent);
            }
        }

        Flush();
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Markdown's block markers are dropped; the words are the statement.</summary>
    public static string FromMarkdown(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('#'))
            {
                lines[i] = trimmed.TrimStart('#').Trim();
            }
            else if (trimmed.StartsWith('>'))
            {
                lines[i] = trimmed.TrimStart('>').TrimStart();
            }
        }

        return string.Join('\n', lines);
    }
}
