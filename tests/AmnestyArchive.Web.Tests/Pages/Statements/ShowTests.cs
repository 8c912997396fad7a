using System.Net;
using System.Text.Json;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Statements;

public sealed class ShowTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    [Fact]
    public async Task Get_Statement_MarksAndLinksQuotesCitationsAndDemands_WithParagraphAnchors()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{statement.PublicId}");

        Assert.Equal("USA/Venezuela: Attack violates the UN Charter", page.QuerySelector("h1")?.TextContent);
        foreach (var anchor in statement.BlockAnchors)
        {
            Assert.NotNull(page.GetElementById(anchor));
        }

        Assert.Equal("H2", page.GetElementById("p1")!.TagName);
        // A quote is a mark followed by its permalink; a citation is a link to its provision.
        var quoteLink = page.QuerySelector($"a.quote-link[href='/q/{statement.QuoteIds[0]}']");
        Assert.NotNull(quoteLink);
        Assert.Equal("This attack is an act of aggression that puts countless civilians at risk",
            (quoteLink!.PreviousElementSibling as AngleSharp.Dom.IElement)?.TextContent);
        Assert.Equal("quote", quoteLink.PreviousElementSibling?.ClassName);
        var citation = page.QuerySelector("a.citation[href='/law/un-charter/article-2-4']");
        Assert.Equal("Article 2(4) of the UN Charter", citation?.TextContent);
        Assert.NotNull(page.QuerySelector($"a.demand-link[href='/d/{statement.DemandIds[0]}']"));
        Assert.NotNull(page.QuerySelector($"a.demand-link[href='/d/{statement.DemandIds[1]}']"));
        // The first demand contains the citation: the citation link nests inside the demand's mark.
        Assert.NotNull(page.QuerySelector("#p2 mark.demand a.citation"));
        Assert.NotNull(page.QuerySelector("#p2 a.anchor[href='#p2']"));
    }

    [Fact]
    public async Task Get_Statement_ShowsSidebarProvenanceAndCanonicalLink()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{statement.PublicId}");

        Assert.EndsWith($"/s/{statement.PublicId}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Agnès Callamard", page.QuerySelector("ul.speakers a[href='/speakers/agnes-callamard']")?.TextContent);
        Assert.NotNull(page.QuerySelector("ul.instruments a[href='/law/un-charter']"));
        Assert.Equal("Article 2(4)", page.QuerySelector("ul.instruments a[href='/law/un-charter/article-2-4']")?.TextContent);
        Assert.NotNull(page.QuerySelector("ul.addressees a[href='/addressees/united-states']"));
        Assert.NotNull(page.QuerySelector("ul.tags a[href='/tags/themes/armed-conflict']"));
        Assert.NotNull(page.QuerySelector("ul.countries a[href='/countries/ve']"));
        var sha = await Factory.WithDbAsync(db => Task.FromResult(db.Statements.Single(s => s.Id == statement.Id).OriginalSha256));
        Assert.Equal(sha, page.QuerySelector("code.sha256")?.TextContent);
        Assert.Equal("https://www.amnesty.org/en/latest/news/2026/02/venezuela/", page.QuerySelector("a.source")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("time.imported"));
        Assert.NotNull(page.QuerySelector($"ol.revisions a[href='/s/{statement.PublicId}/r/1']"));
        Assert.Contains("Amnesty International, “USA/Venezuela: Attack violates the UN Charter”, 3 February 2026.", page.QuerySelector("pre#cite-text")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/s/{statement.PublicId}/cite.bib']"));
    }

    [Fact]
    public async Task Get_Statement_HasReportJsonLdAndOpenGraph()
    {
        var statement = await Data.AddStatementAsync(s => s.Title = "Title with </script><script>alert(1)</script>");
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{statement.PublicId}");

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        using var json = JsonDocument.Parse(scripts[0].TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("Report", root.GetProperty("@type").GetString());
        Assert.Equal("Title with </script><script>alert(1)</script>", root.GetProperty("headline").GetString());
        Assert.Equal("2026-02-03", root.GetProperty("datePublished").GetString());
        Assert.Equal("Amnesty International", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("url").ValueKind);
        Assert.Equal("Title with </script><script>alert(1)</script>", page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        // The payload never became a real script element.
        Assert.DoesNotContain(page.QuerySelectorAll("script:not([type]), script[type='text/javascript']"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Statement_LinksItsTranslations()
    {
        var original = await Data.AddStatementAsync();
        var translation = await Data.AddStatementAsync(s =>
        {
            s.Language = "es";
            s.Title = "EE. UU./Venezuela: El ataque viola la Carta de la ONU";
            s.Paragraphs = ["El ataque viola el derecho internacional", "Las autoridades deben liberar a las personas detenidas."];
            s.Quotes = [];
            s.Citations = [];
            s.Demands = [];
            s.TranslationOfId = original.Id;
        });
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{original.PublicId}");
        Assert.NotNull(page.QuerySelector($"a.translation[href='/s/{translation.PublicId}'][hreflang=es]"));
        var back = await client.GetDocumentAsync($"/s/{translation.PublicId}");
        Assert.NotNull(back.QuerySelector($"a.translation[href='/s/{original.PublicId}'][hreflang=en]"));
    }

    [Theory]
    [InlineData(StatementStatus.Draft)]
    [InlineData(StatementStatus.InReview)]
    public async Task Get_UnpublishedStatement_Is404(StatementStatus status)
    {
        var statement = await Data.AddStatementAsync(s => s.Status = status);
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{statement.PublicId}", HttpStatusCode.NotFound);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/q/{statement.QuoteIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/s/{statement.PublicId}/cite.bib")).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownStatement_Is404Page()
    {
        using var client = NewClient();
        var page = await client.GetDocumentAsync("/s/nosuchid", HttpStatusCode.NotFound);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Get_WithdrawnStatement_IsATombstoneWith410_ShowingReasonAndDate()
    {
        var statement = await Data.AddStatementAsync(s =>
        {
            s.Status = StatementStatus.Withdrawn;
            s.WithdrawalReason = "Published by mistake <b>twice</b>";
        });
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/s/{statement.PublicId}", HttpStatusCode.Gone);

        Assert.Equal("This statement has been withdrawn", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Published by mistake <b>twice</b>", page.QuerySelector(".withdrawal-reason")?.TextContent);
        Assert.NotNull(page.QuerySelector(".tombstone time[datetime]"));
        Assert.Null(page.GetElementById("p2"));
    }

    [Fact]
    public async Task Get_Revision_ShowsThatRevisionsTextAndSha()
    {
        var statement = await Data.AddStatementAsync(s => s.EarlierRevisions =
        [
            ["Attack on Venezuela", "An earlier wording that was later corrected."],
        ]);
        using var client = NewClient();

        var first = await client.GetDocumentAsync($"/s/{statement.PublicId}/r/1");
        Assert.Contains("Revision 1", first.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("An earlier wording that was later corrected.", first.QuerySelector(".revision-text")?.TextContent, StringComparison.Ordinal);
        var sha = await Factory.WithDbAsync(db => Task.FromResult(db.Revisions.Single(r => r.StatementId == statement.Id && r.Number == 1).Sha256));
        Assert.Equal(sha, first.QuerySelector("code.sha256")?.TextContent);
        Assert.NotNull(first.QuerySelector($"a[href='/s/{statement.PublicId}']"));

        var second = await client.GetDocumentAsync($"/s/{statement.PublicId}/r/2");
        Assert.DoesNotContain("An earlier wording", second.QuerySelector(".revision-text")?.TextContent, StringComparison.Ordinal);
        await client.GetDocumentAsync($"/s/{statement.PublicId}/r/3", HttpStatusCode.NotFound);
    }
}
