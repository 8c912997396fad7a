using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Entities;

public sealed class EntityPagesTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    [Fact]
    public async Task Get_Speaker_ListsTheirQuotesNewestFirst()
    {
        var older = await Data.AddStatementAsync(s => s.PublishedOn = new DateOnly(2024, 1, 1));
        var newer = await Data.AddStatementAsync(s => s.PublishedOn = new DateOnly(2026, 1, 1));
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/speakers/agnes-callamard");

        Assert.Equal("Agnès Callamard", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Secretary General of Amnesty International", page.QuerySelector("ul.roles")?.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("ol.timeline > li > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/q/{newer.QuoteIds[0]}", $"/q/{older.QuoteIds[0]}"], links);
        Assert.NotNull(page.QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/speakers/agnes-callamard/feed.atom']"));
    }

    [Fact]
    public async Task Get_Speaker_PagesThroughManyQuotes()
    {
        for (var i = 0; i < 21; i++)
        {
            await Data.AddStatementAsync(s => s.PublishedOn = new DateOnly(2025, 1, 1).AddDays(i));
        }

        using var client = NewClient();
        var first = await client.GetDocumentAsync("/speakers/agnes-callamard");
        Assert.Equal(20, first.QuerySelectorAll("ol.timeline > li").Length);
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal("/speakers/agnes-callamard?page=2", next);
        var second = await client.GetDocumentAsync(next);
        Assert.Single(second.QuerySelectorAll("ol.timeline > li"));
        Assert.NotNull(second.QuerySelector("nav.pager a[rel=prev]"));
    }

    [Fact]
    public async Task Get_Instrument_HasOneSectionPerProvision_AndAProvisionPage()
    {
        var statement = await Data.AddStatementAsync(s =>
        {
            s.Paragraphs.Add("It also breaches Article 51 of the UN Charter.");
            s.Citations.Add(new("Article 51 of the UN Charter", "UN Charter", "Article 51"));
        });
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/law/un-charter");

        // The registry may already know the instrument under its full name.
        var name = await Factory.WithDbAsync(db => Task.FromResult(db.Instruments.Single(i => i.Slug == "un-charter").Name));
        Assert.Equal(name, page.QuerySelector("h1")?.TextContent);
        var sections = page.QuerySelectorAll("section.provision").Select(s => s.Id).ToList();
        Assert.Equal(["article-2-4", "article-51"], sections);
        Assert.NotNull(page.QuerySelector($"#article-2-4 a[href='/s/{statement.PublicId}']"));
        Assert.NotNull(page.QuerySelector("a[href='#article-51']"));

        var provision = await client.GetDocumentAsync("/law/un-charter/article-2-4");
        Assert.Equal($"Article 2(4) of the {name}", provision.QuerySelector("h1")?.TextContent);
        Assert.NotNull(provision.QuerySelector($"ul.statement-list a[href='/s/{statement.PublicId}']"));
        await client.GetDocumentAsync("/law/un-charter/article-99", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_Addressee_IsATimelineOfDemands()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/addressees/venezuela");

        Assert.Equal("Venezuela", page.QuerySelector("h1")?.TextContent);
        Assert.Equal($"/d/{statement.DemandIds[1]}", page.QuerySelector("ol.timeline > li > a")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("ol.timeline time[datetime='2026-02-03']"));
    }

    [Fact]
    public async Task Get_Tag_ListsQuotesAndDemandsCarryingIt()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var quoteTag = await client.GetDocumentAsync("/tags/themes/armed-conflict");
        Assert.Equal("Armed conflict", quoteTag.QuerySelector("h1")?.TextContent);
        Assert.NotNull(quoteTag.QuerySelector($"ol.timeline a[href='/q/{statement.QuoteIds[0]}']"));
        var demandTag = await client.GetDocumentAsync("/tags/demands/release-detainees");
        Assert.NotNull(demandTag.QuerySelector($"ol.timeline a[href='/d/{statement.DemandIds[1]}']"));
    }

    [Fact]
    public async Task Get_Country_ListsItsStatements()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/countries/ve");
        Assert.Equal("Venezuela (VE)", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"ul.statement-list a[href='/s/{statement.PublicId}']"));
        Assert.NotNull(page.QuerySelector("a[href='/addressees/venezuela']"));
        // The registry's bodies of the state are listed once something is asked of them: nothing is of its courts here.
        Assert.NotNull(page.QuerySelector("a[href='/addressees/ve-authorities']"));
        Assert.Null(page.QuerySelector("a[href='/addressees/ve-courts']"));
    }

    [Theory]
    [InlineData("/speakers/nobody")]
    [InlineData("/law/no-such-law")]
    [InlineData("/addressees/nobody")]
    [InlineData("/tags/themes/nothing")]
    [InlineData("/countries/zz")]
    [InlineData("/countries/toolong")]
    public async Task Get_UnknownEntity_Is404Page(string url)
    {
        using var client = NewClient();
        var page = await client.GetDocumentAsync(url, HttpStatusCode.NotFound);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Get_BrowseLists_ShowCounts()
    {
        await Data.AddStatementAsync();
        await Data.AddStatementAsync(s => { s.Publisher = "Human Rights Watch"; s.PublishedOn = new DateOnly(2025, 6, 1); s.Countries = ["CO"]; });
        using var client = NewClient();

        var speakers = await client.GetDocumentAsync("/speakers");
        Assert.Equal("(2)", speakers.QuerySelector("ul.counted a[href='/speakers/agnes-callamard']")?.NextElementSibling?.TextContent);
        var law = await client.GetDocumentAsync("/law");
        Assert.Equal("(2)", law.QuerySelector("ul.counted a[href='/law/un-charter']")?.NextElementSibling?.TextContent);
        var addressees = await client.GetDocumentAsync("/addressees");
        Assert.Equal("(2)", addressees.QuerySelector("ul.counted a[href='/addressees/united-states']")?.NextElementSibling?.TextContent);
        var tags = await client.GetDocumentAsync("/tags");
        Assert.Equal("(2)", tags.QuerySelector("ul.counted a[href='/tags/themes/armed-conflict']")?.NextElementSibling?.TextContent);
        var countries = await client.GetDocumentAsync("/countries");
        Assert.Equal("(1)", countries.QuerySelector("ul.counted a[href='/countries/co']")?.NextElementSibling?.TextContent);
        Assert.Equal("(1)", countries.QuerySelector("ul.counted a[href='/countries/ve']")?.NextElementSibling?.TextContent);
    }

    [Fact]
    public async Task BrowseListsAndApi_CountOnlyLiveItemsOfPublishedStatements()
    {
        await Data.AddStatementAsync();
        await Data.AddStatementAsync(s => s.Status = StatementStatus.Draft);
        var removed = await Data.AddStatementAsync();
        await Factory.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            await db.Quotes.Where(q => q.StatementId == removed.Id).ExecuteUpdateAsync(q => q.SetProperty(x => x.RemovedAt, now));
            return await db.Demands.Where(d => d.StatementId == removed.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.RemovedAt, now));
        });
        using var client = NewClient();

        string? Count(AngleSharp.Dom.IDocument page, string href) =>
            page.QuerySelector($"ul.counted a[href='{href}']")?.NextElementSibling?.TextContent;
        Assert.Equal("(1)", Count(await client.GetDocumentAsync("/speakers"), "/speakers/agnes-callamard"));
        Assert.Equal("(1)", Count(await client.GetDocumentAsync("/addressees"), "/addressees/united-states"));
        var tags = await client.GetDocumentAsync("/tags");
        Assert.Equal("(1)", Count(tags, "/tags/themes/armed-conflict"));
        Assert.Equal("(1)", Count(tags, "/tags/demands/halt-attacks"));
        // Citations are not removed with quotes and demands: two published statements cite the Charter.
        Assert.Equal("(2)", Count(await client.GetDocumentAsync("/law"), "/law/un-charter"));
        // A country page counts its actors' demands the same way.
        Assert.Equal("(1)", Count(await client.GetDocumentAsync("/countries/ve"), "/addressees/venezuela"));
        Assert.Equal("(1)", Count(await client.GetDocumentAsync("/countries/us"), "/addressees/united-states"));

        int ApiCount(string json, string slug) =>
            System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray().Single(e => e!["slug"]!.GetValue<string>() == slug)!["count"]!.GetValue<int>();
        Assert.Equal(1, ApiCount(await client.Http.GetStringAsync("/api/v1/speakers"), "agnes-callamard"));
        Assert.Equal(1, ApiCount(await client.Http.GetStringAsync("/api/v1/actors"), "united-states"));
        Assert.Equal(2, ApiCount(await client.Http.GetStringAsync("/api/v1/instruments"), "un-charter"));
    }

    [Fact]
    public async Task Get_Statements_FiltersByYearPublisherLanguageAndCountry()
    {
        var amnesty = await Data.AddStatementAsync();
        var hrw = await Data.AddStatementAsync(s => { s.Publisher = "Human Rights Watch"; s.PublishedOn = new DateOnly(2025, 6, 1); s.Countries = ["CO"]; });
        using var client = NewClient();

        var all = await client.GetDocumentAsync("/statements");
        Assert.Equal(2, all.QuerySelectorAll("ul.statement-list > li").Length);
        Assert.Equal($"/s/{amnesty.PublicId}", all.QuerySelector("ul.statement-list a")?.GetAttribute("href"));
        Assert.Contains("Human Rights Watch (1)", all.QuerySelector("select#publisher")?.TextContent, StringComparison.Ordinal);
        string[] Options(string select) => [.. all.QuerySelectorAll($"select#{select} option[value]:not([value=''])").Select(o => o.TextContent.Trim())];
        Assert.Equal(["2026 (1)", "2025 (1)"], Options("year"));
        Assert.Equal(["Amnesty International (1)", "Human Rights Watch (1)"], Options("publisher"));
        Assert.Equal(["en (2)"], Options("language"));

        Assert.Equal("2 statements, newest first", all.QuerySelector("h2")?.TextContent);
        foreach (var query in new[] { "year=2025", "publisher=Human+Rights+Watch", "country=co", "year=2025&country=co", "language=en&publisher=Human+Rights+Watch" })
        {
            var filtered = await client.GetDocumentAsync("/statements?" + query);
            var link = Assert.Single(filtered.QuerySelectorAll("ul.statement-list a"));
            Assert.Equal($"/s/{hrw.PublicId}", link.GetAttribute("href"));
            Assert.Equal("1 statements, newest first", filtered.QuerySelector("h2")?.TextContent);
        }

        foreach (var query in new[] { "language=es", "year=2026&country=co", "country=fr", "year=1999" })
        {
            var empty = await client.GetDocumentAsync("/statements?" + query);
            Assert.Empty(empty.QuerySelectorAll("ul.statement-list a"));
            Assert.Equal("0 statements, newest first", empty.QuerySelector("h2")?.TextContent);
        }
    }

    [Fact]
    public async Task Get_Home_ListsLatestStatementsAndWaysToBrowse()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector($"ul.statement-list a[href='/s/{statement.PublicId}']"));
        foreach (var path in new[] { "/statements", "/speakers", "/law", "/addressees", "/tags", "/countries" })
        {
            Assert.NotNull(page.QuerySelector($"nav.browse a[href='{path}']"));
        }
    }
}
