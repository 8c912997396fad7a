using AmnestyArchive.Core.Markdown;
using CsCheck;

namespace AmnestyArchive.Core.Tests.Markdown;

public sealed class StatementMarkdownTests
{
    private static readonly RenderBlock[] Blocks =
    [
        new("p1", RenderBlockKind.Dateline, "Martes, 03 de febrero, 2026", 0),
        new("p2", RenderBlockKind.Paragraph, "“It is unlawful under the UN Charter,” said Ana.", 29),
        new("p3", RenderBlockKind.PullQuote, "It is unlawful", 79),
    ];

    private static int At(string needle) => Blocks[1].Start + Blocks[1].Text.IndexOf(needle, StringComparison.Ordinal);

    [Fact]
    public void ToHtml_GivesEachBlockItsAnchorAndKind()
    {
        var html = StatementMarkdown.ToHtml(Blocks, []);
        Assert.Contains("<p id=\"p1\" class=\"block-dateline dateline\">", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p2\" class=\"block-paragraph\">", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote id=\"p3\" class=\"block-pullquote pullquote\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_MarksQuoteAndLinksCitationInsideIt()
    {
        var quote = new AnnotationSpan(AnnotationKind.Quote, At("It is"), At(",”") , "/q/abc", "Quote by Ana");
        var citation = new AnnotationSpan(AnnotationKind.Citation, At("UN Charter"), At("UN Charter") + "UN Charter".Length, "/law/un-charter", "UN Charter");
        var html = StatementMarkdown.ToHtml(Blocks, [quote, citation]);

        Assert.Contains("<mark class=\"quote\">It is unlawful under the <a class=\"citation\" href=\"/law/un-charter\" title=\"UN Charter\">UN Charter</a></mark>", html, StringComparison.Ordinal);
        // The permalink follows the quote's last run, and only once.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "href=\"/q/abc\""));
    }

    [Fact]
    public void ToHtml_NeverLetsStatementTextInjectMarkup()
    {
        var hostile = new RenderBlock("p1", RenderBlockKind.Paragraph, "<script>alert(1)</script> [x](javascript:alert(1)) *bold* & <img src=x onerror=alert(1)>", 0);
        var html = StatementMarkdown.ToHtml([hostile], [new AnnotationSpan(AnnotationKind.Demand, 0, 8, "/d/x", "Demand")]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"demand\">&lt;script&gt;</mark>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# not a heading")]
    [InlineData("- not a list")]
    [InlineData("1. not a list")]
    [InlineData("> not a quote")]
    [InlineData("    not code")]
    [InlineData("===")]
    public void ToMarkdown_KeepsTextLiteral(string text)
    {
        var block = new RenderBlock("p1", RenderBlockKind.Paragraph, text, 0);
        var html = StatementMarkdown.ToHtml([block], []);
        Assert.StartsWith("<p id=\"p1\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(text.Trim()), html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_WritesHeadingsAndPullQuotes()
    {
        var markdown = StatementMarkdown.ToMarkdown(
        [
            new RenderBlock("p1", RenderBlockKind.Heading, "USA: stop", 0),
            new RenderBlock("p2", RenderBlockKind.PullQuote, "Two wrongs *don't*", 10),
        ]);
        Assert.Equal("## USA: stop\n\n> Two wrongs \\*don't\\*", markdown);
    }

    [Fact]
    public void NoteMarkdown_DropsUnsafeLinks_AndRawHtml()
    {
        var html = NoteMarkdown.ToHtml("See [this](javascript:alert(1)), <b>raw</b>, <javascript:alert(2)> and [ok](https://example.org).");
        Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org\">ok</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_NestsCitationInsideDemand_AndLinksDemandOnce()
    {
        const string text = "The USA must respect Article 2(4) of the UN Charter and stop.";
        var demand = new AnnotationSpan(AnnotationKind.Demand, 0, text.Length, "/d/x", "Demand");
        var citation = new AnnotationSpan(AnnotationKind.Citation, text.IndexOf("Article", StringComparison.Ordinal), text.IndexOf(" and", StringComparison.Ordinal), "/law/un-charter", "UN Charter");

        var html = StatementMarkdown.ToHtml([new RenderBlock("p1", RenderBlockKind.Paragraph, text, 0)], [demand, citation]);

        Assert.Contains("<mark class=\"demand\">The USA must respect <a class=\"citation\" href=\"/law/un-charter\" title=\"UN Charter\">Article 2(4) of the UN Charter</a> and stop.</mark>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "href=\"/d/x\""));
    }

    [Fact]
    public void ToHtml_QuoteOverTwoBlocks_LinksOnlyAtItsEnd()
    {
        RenderBlock[] blocks = [new("p1", RenderBlockKind.Paragraph, "“First part.", 0), new("p2", RenderBlockKind.Paragraph, "“Second part.”", 13)];
        var quote = new AnnotationSpan(AnnotationKind.Quote, 1, 26, "/q/abc", "Quote");

        var html = StatementMarkdown.ToHtml(blocks, [quote]);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "href=\"/q/abc\""));
        Assert.True(html.IndexOf("href=\"/q/abc\"", StringComparison.Ordinal) > html.IndexOf("id=\"p2\"", StringComparison.Ordinal));
    }

    [Fact]
    public void ToHtml_AnySpans_KeepTheTextAndFinish()
    {
        const string text = "Ana said: \"Free *them* [now] & <b>here</b> (1. 2.)\" and the state must act.";
        var span = CsCheck.Gen.Select(CsCheck.Gen.Int[0, text.Length], CsCheck.Gen.Int[0, text.Length], CsCheck.Gen.Int[0, 2],
            (a, b, kind) => new AnnotationSpan((AnnotationKind)kind, Math.Min(a, b), Math.Max(a, b), "/x", "x"));
        var gen = span.Array[0, 6];
        gen.Sample(spans =>
        {
            var html = StatementMarkdown.ToHtml([new RenderBlock("p1", RenderBlockKind.Paragraph, text, 0)], spans);
            var plain = System.Text.RegularExpressions.Regex.Replace(html, "<span class=\"visually-hidden\">x</span><span aria-hidden=\"true\">↗</span>|<[^>]+>", "");
            Assert.Equal(System.Net.WebUtility.HtmlEncode(text).Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal),
                plain.Trim().Replace("&quot;", "\"", StringComparison.Ordinal));
        }, iter: 300);
    }
}
