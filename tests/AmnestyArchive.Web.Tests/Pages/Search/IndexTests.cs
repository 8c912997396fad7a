using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Search;

public sealed class IndexTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    private Task<ArchiveData.SeededStatement> AddSpanishAsync() => Data.AddStatementAsync(s =>
    {
        s.Language = "es";
        s.Title = "Venezuela: Liberen a los periodistas";
        s.Publisher = "Amnistía Internacional";
        s.Paragraphs =
        [
            "Venezuela: Liberen a los periodistas",
            "La detención arbitraria de periodistas en Caracas viola la Convención Americana.",
        ];
        s.Quotes = [];
        s.Citations = [];
        s.Demands = [];
        s.Countries = ["VE"];
    });

    private static int Total(AngleSharp.Dom.IDocument page) => int.Parse(page.QuerySelector(".total")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Search_FindsSpanishWordTypedWithoutAccent()
    {
        var spanish = await AddSpanishAsync();
        await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=detencion");

        Assert.Equal(1, Total(page));
        Assert.NotNull(page.QuerySelector($"ol.hits a[href='/s/{spanish.PublicId}']"));
        Assert.Equal("detención", page.QuerySelector("ol.hits .snippet mark")?.TextContent);
    }

    [Fact]
    public async Task Search_QuotedPhrase_MatchesOnlyAdjacentWords()
    {
        var phrase = await Data.AddStatementAsync();
        await Data.AddStatementAsync(s =>
        {
            s.Title = "Another statement";
            s.Paragraphs = ["Another statement", "An act that some call aggression, others self-defence."];
            s.Quotes = [];
            s.Citations = [];
            s.Demands = [];
        });
        using var client = NewClient();

        var loose = await client.GetDocumentAsync("/search?q=act+aggression");
        Assert.Equal(2, Total(loose));
        var exact = await client.GetDocumentAsync("/search?q=%22act+of+aggression%22");
        Assert.Equal(1, Total(exact));
        Assert.NotNull(exact.QuerySelector($"ol.hits a[href='/s/{phrase.PublicId}']"));
    }

    [Fact]
    public async Task Search_FacetsCountMatchingStatements_AndFilterNarrows()
    {
        await Data.AddStatementAsync();
        await Data.AddStatementAsync(s => s.PublishedOn = new DateOnly(2025, 3, 1));
        await Data.AddStatementAsync(s => s.Publisher = "Human Rights Watch");
        await AddSpanishAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=attack");

        Assert.Equal(3, Total(page));
        string Count(string facet, string value) =>
            page.QuerySelector($"[data-facet={facet}] a[data-value='{value}']")?.ParentElement?.QuerySelector(".count")?.TextContent ?? "missing";
        Assert.Equal("2", Count("publisher", "Amnesty International"));
        Assert.Equal("1", Count("publisher", "Human Rights Watch"));
        Assert.Equal("2", Count("year", "2026"));
        Assert.Equal("1", Count("year", "2025"));
        Assert.Equal("3", Count("language", "en"));
        Assert.Equal("3", Count("speaker", "agnes-callamard"));
        Assert.Equal("3", Count("instrument", "un-charter"));
        Assert.Equal("3", Count("addressee", "venezuela"));
        Assert.Equal("3", Count("tag", "themes/armed-conflict"));
        Assert.Equal("3", Count("country", "VE"));

        var href = page.QuerySelector("[data-facet=publisher] a[data-value='Human Rights Watch']")!.GetAttribute("href")!;
        var narrowed = await client.GetDocumentAsync(href);
        Assert.Equal(1, Total(narrowed));
    }

    [Fact]
    public async Task Search_EscapesStatementTextInSnippets()
    {
        await Data.AddStatementAsync(s =>
        {
            s.Title = "Hostile";
            s.Paragraphs = ["Hostile", "The attack <script>alert('owned')</script> <img src=x onerror=alert(1)> was reported."];
            s.Quotes = [];
            s.Citations = [];
            s.Demands = [];
        });
        using var client = NewClient();

        var response = await client.Http.GetStringAsync("/search?q=attack+reported");
        var page = await BrowserClient.ParseAsync(response);

        var snippet = page.QuerySelector("ol.hits .snippet")!;
        Assert.Empty(snippet.QuerySelectorAll("script, img"));
        Assert.Contains("alert('owned')", snippet.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(", response, StringComparison.Ordinal);
        Assert.Equal(["attack", "reported"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent).ToArray());
    }

    [Fact]
    public async Task Search_NamesWithSmallMistakes_SuggestTheSpeakerAndInstrument()
    {
        await Data.AddStatementAsync();
        using var client = NewClient();

        var speaker = await client.GetDocumentAsync("/search?q=Calamard");
        Assert.NotNull(speaker.QuerySelector(".name-matches a[href='/speakers/agnes-callamard']"));
        var instrument = await client.GetDocumentAsync("/search?q=UN+Chater");
        Assert.NotNull(instrument.QuerySelector(".name-matches a[href='/law/un-charter']"));
    }

    [Fact]
    public async Task Search_QuotesScope_ReturnsQuotes()
    {
        var statement = await Data.AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=civilians&scope=quotes");

        Assert.Equal(1, Total(page));
        Assert.NotNull(page.QuerySelector($"ol.hits a[href='/q/{statement.QuoteIds[0]}']"));
        var demands = await client.GetDocumentAsync("/search?q=release&scope=demands");
        Assert.NotNull(demands.QuerySelector($"ol.hits a[href='/d/{statement.DemandIds[1]}']"));
    }

    [Fact]
    public async Task Search_Quotes_SecondPage_ShowsTheRest_InTextOrder()
    {
        // 22 matching quotes over two statements: 20 on page 1, 2 on page 2.
        var older = await Data.AddStatementAsync(s =>
        {
            s.PublishedOn = new DateOnly(2025, 1, 1);
            s.Quotes = [.. Enumerable.Range(1, 11).Select(i => new ArchiveData.QuoteSpec($"Older quote number {i} about pagination", "Ana Example"))];
            s.Paragraphs = [.. s.Paragraphs, .. s.Quotes.Select(q => $"“{q.Words},” said Ana Example.")];
        });
        var newer = await Data.AddStatementAsync(s =>
        {
            s.Quotes = [.. Enumerable.Range(1, 11).Select(i => new ArchiveData.QuoteSpec($"Newer quote number {i} about pagination", "Ana Example"))];
            s.Paragraphs = [.. s.Paragraphs, .. s.Quotes.Select(q => $"“{q.Words},” said Ana Example.")];
        });
        using var client = NewClient();

        var first = await client.GetDocumentAsync("/search?q=pagination&scope=quotes");
        var second = await client.GetDocumentAsync("/search?q=pagination&scope=quotes&page=2");

        var firstLinks = first.QuerySelectorAll("ol.hits h3 a").Select(a => a.GetAttribute("href")).ToList();
        var secondLinks = second.QuerySelectorAll("ol.hits h3 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(20, firstLinks.Count);
        Assert.Equal(2, secondLinks.Count);
        // Newest statement first, and within a statement the quotes in the order they appear.
        Assert.Equal([.. newer.QuoteIds.Select(id => "/q/" + id), .. older.QuoteIds.Take(9).Select(id => "/q/" + id)], firstLinks);
        Assert.Equal(older.QuoteIds.Skip(9).Select(id => "/q/" + id), secondLinks);
    }

    [Fact]
    public async Task Search_QuoteAndDemandScopes_NarrowByStatementFacetsAndTags()
    {
        var venezuela = await Data.AddStatementAsync();
        var colombia = await Data.AddStatementAsync(s =>
        {
            s.Countries = ["CO"];
            s.Citations = [];
        });
        using var client = NewClient();

        var byCountry = await client.GetDocumentAsync("/search?q=civilians&scope=quotes&country=co");
        Assert.Equal(1, Total(byCountry));
        Assert.NotNull(byCountry.QuerySelector($"ol.hits a[href='/q/{colombia.QuoteIds[0]}']"));

        var byInstrument = await client.GetDocumentAsync("/search?q=release&scope=demands&instrument=un-charter");
        Assert.Equal(1, Total(byInstrument));
        Assert.NotNull(byInstrument.QuerySelector($"ol.hits a[href='/d/{venezuela.DemandIds[1]}']"));

        var byTag = await client.GetDocumentAsync("/search?q=venezuela&scope=demands&tag=demands/halt-attacks");
        Assert.Equal(2, Total(byTag));
        Assert.Equal("2", byTag.QuerySelector("[data-facet=tag] a[data-value='demands/halt-attacks']")?.ParentElement?.QuerySelector(".count")?.TextContent);

        var unknown = await client.GetDocumentAsync("/search?q=venezuela&scope=demands&addressee=nobody-at-all");
        Assert.Equal(0, Total(unknown));
    }

    private Task<ArchiveData.SeededStatement> AddPlainAsync(string title, string body, DateOnly publishedOn) => Data.AddStatementAsync(s =>
    {
        s.Title = title;
        s.Paragraphs = [title, body];
        s.PublishedOn = publishedOn;
        s.Quotes = [];
        s.Citations = [];
        s.Demands = [];
    });

    [Fact]
    public async Task Search_FewMatches_AreRankedByRelevance_ThenNewestFirst()
    {
        var once = await AddPlainAsync("Newer statement", "One mention of torture in passing.", new DateOnly(2026, 1, 10));
        var titled = await AddPlainAsync("Torture must end", "Torture and more torture, the report says.", new DateOnly(2020, 5, 1));
        var tie = await AddPlainAsync("Newest statement", "One mention of torture in passing.", new DateOnly(2026, 1, 20));
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=torture");

        // The title (weight A) and three mentions outrank one mention; equal ranks go newest first.
        Assert.Equal(["/s/" + titled.PublicId, "/s/" + tie.PublicId, "/s/" + once.PublicId],
            page.QuerySelectorAll("ol.hits h3 a").Select(a => a.GetAttribute("href") ?? "").ToList());
        Assert.Null(page.QuerySelector(".facet-note"));
    }

    [Fact]
    public async Task Search_Statements_SecondPage_ShowsTheRest_InTheSameOrder()
    {
        var added = new List<ArchiveData.SeededStatement>();
        for (var i = 0; i < 22; i++)
        {
            added.Add(await AddPlainAsync($"Statement {i}", "Pagination across statements.", new DateOnly(2025, 1, 1).AddDays(i)));
        }

        using var client = NewClient();
        var first = await client.GetDocumentAsync("/search?q=pagination");
        var second = await client.GetDocumentAsync("/search?q=pagination&page=2");

        // Equal ranks: newest first, across both pages, each statement once.
        var expected = added.AsEnumerable().Reverse().Select(s => "/s/" + s.PublicId).ToList();
        Assert.Equal(22, Total(first));
        Assert.Equal(expected.Take(20), first.QuerySelectorAll("ol.hits h3 a").Select(a => a.GetAttribute("href") ?? ""));
        Assert.Equal(expected.Skip(20), second.QuerySelectorAll("ol.hits h3 a").Select(a => a.GetAttribute("href") ?? ""));
        Assert.Equal("22", first.QuerySelector("[data-facet=year] a[data-value='2025']")?.ParentElement?.QuerySelector(".count")?.TextContent);
    }

    [Fact]
    public async Task Search_BeyondTheFacetSample_CountsTheNewestMatchesOnly_AndSaysSo()
    {
        // 50 more matches than the sample: the 50 oldest name US, the rest VE. Written by SQL with
        // the triggers off, then one rebuild, as a bulk load would be.
        var sample = Web.PublicSite.ArchiveSearch.FacetSample;
        await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("SET archive.search_entries = 'off'");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO statements (public_id, publisher, title, published_on, language, original_bytes, original_sha256,
                                        normalized_sha256, original_file_name, normalized_text, body_markdown, status,
                                        imported_at, updated_at, published_at, current_revision)
                SELECT 'bulk' || g, 'Amnesty International', 'Bulk ' || g, DATE '2020-01-01' + g, 'en', '\x00'::bytea,
                       lpad(g::text, 64, '0'), lpad(g::text, 64, 'f'), 'bulk.txt', 'Sampling the archive, statement ' || g,
                       'Sampling the archive', 'Published', now(), now(), now(), 1
                  FROM generate_series(1, {0}) AS g
                """, sample + 50);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO statement_countries (statement_id, country_code)
                SELECT id, CASE WHEN title IN (SELECT 'Bulk ' || g FROM generate_series(1, 50) AS g) THEN 'US' ELSE 'VE' END
                  FROM statements WHERE public_id LIKE 'bulk%'
                """);
            await db.Database.ExecuteSqlRawAsync("SELECT search_entries_rebuild()");
            await db.Database.CloseConnectionAsync();
            return 0;
        });
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=sampling");

        Assert.Equal(sample + 50, Total(page));
        Assert.Equal($"bulk{sample + 50}", page.QuerySelector("ol.hits h3 a")?.GetAttribute("href")?.Replace("/s/", "", StringComparison.Ordinal));
        string? Count(string facet, string value) =>
            page.QuerySelector($"[data-facet={facet}] a[data-value='{value}']")?.ParentElement?.QuerySelector(".count")?.TextContent;
        Assert.Equal(sample.ToString(System.Globalization.CultureInfo.InvariantCulture), Count("country", "VE"));
        Assert.Null(Count("country", "US"));
        Assert.Contains($"newest {sample:N0} matches", page.QuerySelector(".facet-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SkipsDrafts()
    {
        await Data.AddStatementAsync(s => s.Status = Web.Domain.StatementStatus.Draft);
        using var client = NewClient();
        var page = await client.GetDocumentAsync("/search?q=attack");
        Assert.Equal(0, Total(page));
    }
}
