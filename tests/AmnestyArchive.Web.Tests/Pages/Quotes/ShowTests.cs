using System.Net;
using System.Text.Json;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Quotes;

public sealed class ShowTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    [Fact]
    public async Task Get_Quote_ShowsWordsSpeakerContextLinkAndAttribution()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/q/{statement.QuoteIds[0]}");

        Assert.Equal("“This attack is an act of aggression that puts countless civilians at risk”", page.QuerySelector("blockquote.quote-words")?.TextContent.Trim());
        Assert.Equal("Agnès Callamard", page.QuerySelector("h1 a.speaker[href='/speakers/agnes-callamard']")?.TextContent);
        Assert.Equal($"/s/{statement.PublicId}#p3", page.QuerySelector("a.context-link")?.GetAttribute("href"));
        Assert.Equal("This attack is an act of aggression that puts countless civilians at risk", page.QuerySelector(".context mark.quote")?.TextContent);
        Assert.NotNull(page.QuerySelector("ul.tags a[href='/tags/themes/armed-conflict']"));
        var attribution = page.QuerySelector("pre#attribution-text")?.TextContent;
        Assert.StartsWith("“This attack is an act of aggression that puts countless civilians at risk” — Agnès Callamard, Secretary General of Amnesty International (Amnesty International, 3 February 2026).", attribution, StringComparison.Ordinal);
        Assert.EndsWith($"/q/{statement.QuoteIds[0]}", attribution, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("button.copy[data-copy='attribution-text']"));
        Assert.NotNull(page.QuerySelector($"a[href='/q/{statement.QuoteIds[0]}/cite.ris']"));
        Assert.NotNull(page.QuerySelector($"ol.revisions a[href='/s/{statement.PublicId}/r/1']"));
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Get_Quote_HasQuotationJsonLd()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/q/{statement.QuoteIds[0]}");

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal("Quotation", root.GetProperty("@type").GetString());
        Assert.Equal("This attack is an act of aggression that puts countless civilians at risk", root.GetProperty("text").GetString());
        Assert.Equal("Person", root.GetProperty("creator").GetProperty("@type").GetString());
        Assert.Equal("Agnès Callamard", root.GetProperty("creator").GetProperty("name").GetString());
        Assert.EndsWith($"/s/{statement.PublicId}", root.GetProperty("isPartOf").GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-02-03", root.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task Get_Quote_SaysWhenItsWordsChangedInAnotherRevision()
    {
        var statement = await Data.AddStatementAsync(s => s.EarlierRevisions =
        [
            [
                s.Paragraphs[0], s.Paragraphs[1],
                "“This attack is an act of aggression that puts so many civilians in danger,” said Agnès Callamard, Secretary General of Amnesty International.",
                s.Paragraphs[3],
            ],
        ]);
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/q/{statement.QuoteIds[0]}");

        var notice = page.QuerySelector(".notice.changed");
        Assert.NotNull(notice);
        Assert.Contains("revision 1", notice!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector($"a[href='/s/{statement.PublicId}/r/1']"));
    }

    [Fact]
    public async Task Get_RemovedQuote_StillResolves_WithANotice()
    {
        var statement = await Data.AddStatementAsync();
        await Factory.WithDbAsync(db => db.Quotes.Where(q => q.PublicId == statement.QuoteIds[0])
            .ExecuteUpdateAsync(u => u.SetProperty(q => q.RemovedAt, DateTimeOffset.UtcNow)));
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/q/{statement.QuoteIds[0]}");

        Assert.Contains("removed this quote", page.QuerySelector(".notice.removed")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownQuoteOrDemand_Is404()
    {
        using var client = NewClient();
        await client.GetDocumentAsync("/q/nosuch", HttpStatusCode.NotFound);
        await client.GetDocumentAsync("/d/nosuch", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_Demand_ShowsAddresseeAndContextLink()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync($"/d/{statement.DemandIds[1]}");

        Assert.Equal("Venezuela", page.QuerySelector("h1 a.addressee[href='/addressees/venezuela']")?.TextContent);
        Assert.Equal("The authorities in Venezuela should release all people detained arbitrarily.", page.QuerySelector("blockquote.demand-words")?.TextContent.Trim());
        Assert.Equal($"/s/{statement.PublicId}#p4", page.QuerySelector("a.context-link")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("ul.tags a[href='/tags/demands/release-detainees']"));
    }

    [Fact]
    public async Task Get_QuoteOfWithdrawnStatement_IsGone()
    {
        var statement = await Data.AddStatementAsync(s =>
        {
            s.Status = Web.Domain.StatementStatus.Withdrawn;
            s.WithdrawalReason = "Duplicate";
        });
        using var client = NewClient();
        var page = await client.GetDocumentAsync($"/q/{statement.QuoteIds[0]}", HttpStatusCode.Gone);
        Assert.NotNull(page.QuerySelector($".tombstone a[href='/s/{statement.PublicId}']"));
    }
}
