using AmnestyArchive.Browser.Tests.Infrastructure;
using AmnestyArchive.Web.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AmnestyArchive.Browser.Tests.Public;

[Collection(PortalCollection.Name)]
public sealed class PublicSiteTests(PortalFixture portal)
{
    // The portal's database is shared by the browser tests and never reset: each test makes its
    // own statement, with words no other test uses.
    private async Task<ArchiveData.SeededStatement> SeedAsync(string word) =>
        await new ArchiveData(portal.Services).AddStatementAsync(s =>
        {
            s.Title = $"Attack on Venezuela: {word}";
            s.Paragraphs[2] = $"“This attack is an act of {word} that puts countless civilians at risk,” said Agnès Callamard, Secretary General of Amnesty International.";
            s.Quotes = [new($"This attack is an act of {word} that puts countless civilians at risk", "Agnès Callamard", "Secretary General of Amnesty International", "themes/armed-conflict")];
        });

    private async Task<IPage> NewPageWithClipboardAsync()
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task Reader_SearchesAWord_OpensTheQuote_FollowsItToTheParagraph_AndCopiesTheCitation()
    {
        var statement = await SeedAsync("belligerence");
        var page = await NewPageWithClipboardAsync();

        await page.GotoAsync("/search");
        await page.GetByLabel("Words to find").FillAsync("belligerence");
        await page.GetByLabel("Quotes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?**");
        Assert.Equal("belligerence", await page.Locator("ol.hits .snippet mark").First.TextContentAsync());

        await page.Locator("ol.hits h3 a").First.ClickAsync();
        await page.WaitForURLAsync($"**/q/{statement.QuoteIds[0]}");
        Assert.Contains("belligerence", await page.Locator("blockquote.quote-words").TextContentAsync(), StringComparison.Ordinal);

        // Copy with attribution: the script shows the button and puts the block on the clipboard.
        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy quote with attribution" });
        await copy.ClickAsync();
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await page.Locator("#attribution-text").TextContentAsync())!.Trim(), clipboard);
        Assert.StartsWith("“This attack is an act of belligerence", clipboard, StringComparison.Ordinal);

        await page.Locator("a.context-link").ClickAsync();
        await page.WaitForURLAsync($"**/s/{statement.PublicId}#p3");
        var paragraph = page.Locator("#p3");
        Assert.True(await paragraph.EvaluateAsync<bool>("p => p.matches(':target')"));
        await Assertions.Expect(paragraph).ToBeInViewportAsync();
        Assert.NotNull(await paragraph.Locator($"a.quote-link[href='/q/{statement.QuoteIds[0]}']").First.GetAttributeAsync("href"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).ClickAsync();
        var citation = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("Amnesty International, “Attack on Venezuela: belligerence”, 3 February 2026.", citation, StringComparison.Ordinal);
        Assert.Contains($"/s/{statement.PublicId}", citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicPages_HaveNoSeriousOrCriticalAccessibilityViolations()
    {
        var statement = await SeedAsync("hostilities");
        var withdrawn = await new ArchiveData(portal.Services).AddStatementAsync(s =>
        {
            s.Status = Web.Domain.StatementStatus.Withdrawn;
            s.WithdrawalReason = "Published in error.";
        });
        var page = await portal.NewPageAsync();
        var failures = new List<string>();
        // Every kind of public page, the error pages included: a reader meets them all.
        var pages = new (string Url, int Status)[]
        {
            ("/", 200), ($"/s/{statement.PublicId}", 200), ($"/s/{statement.PublicId}/r/1", 200), ($"/q/{statement.QuoteIds[0]}", 200),
            ($"/d/{statement.DemandIds[0]}", 200), ("/search?q=hostilities", 200), ("/search?q=hostilities&scope=demands", 200),
            ("/search?q=nowordlikethis", 200), ("/statements", 200), ("/speakers", 200), ("/speakers/agnes-callamard", 200),
            ("/law", 200), ("/law/un-charter", 200), ("/law/un-charter/article-2-4", 200), ("/addressees", 200),
            ("/addressees/venezuela", 200), ("/tags", 200), ("/tags/themes/armed-conflict", 200), ("/countries", 200),
            ("/countries/ve", 200), ($"/s/{withdrawn.PublicId}", 410), ("/s/nosuchstatement", 404),
        };
        foreach (var (url, status) in pages)
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(status, response!.Status);
            var results = await page.RunAxe();
            // axe ran its rules on this page: a check that found nothing to check proves nothing.
            Assert.True(results.Passes.Length > 10, $"{url}: axe passed only {results.Passes.Length} rules");
            failures.AddRange(results.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task PublicPages_ReflowToA320PixelScreenWithoutSidewaysScrolling()
    {
        var statement = await SeedAsync("escalation");
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.BaseUrl,
            // WCAG 2.1 reflow (1.4.10): 320 CSS pixels wide, no sideways scrolling. A desktop browser in a
            // window that size: a mobile one would zoom out to fit a too-wide page.
            ViewportSize = new ViewportSize { Width = 320, Height = 640 },
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var url in new[]
                 {
                     "/", $"/s/{statement.PublicId}", $"/q/{statement.QuoteIds[0]}", "/search?q=escalation", "/statements",
                     "/law/un-charter", "/addressees/venezuela", "/tags", "/countries/ve",
                 })
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1])
            {
                failures.Add($"{url}: {widths[0]} px wide on a {widths[1]} px screen");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task StatementPage_WorksWithoutJavaScript()
    {
        var statement = await SeedAsync("incursion");
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/s/{statement.PublicId}");
        Assert.Contains("incursion", await page.Locator("#p3").TextContentAsync(), StringComparison.Ordinal);
        // The copy button needs script, so it stays hidden; the citation text is there to select.
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).IsVisibleAsync());
        Assert.Contains("Amnesty International", await page.Locator("#cite-text").TextContentAsync(), StringComparison.Ordinal);
    }
}
