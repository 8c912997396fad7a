using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmnestyArchive.Web.Tests.Pages.Caching;

public sealed class PublicCacheTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    private Task RetitleAsync(int id, string title) =>
        Factory.WithDbAsync(db => db.Statements.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Title, title)));

    private async Task ChangedAsync(int id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublicCache>().StatementChangedAsync(id);
    }

    [Fact]
    public async Task StatementPage_IsServedFromCache_UntilStatementChanged()
    {
        var statement = await Data.AddStatementAsync(s => s.Title = "First title");
        using var client = NewClient();
        var url = $"/s/{statement.PublicId}";
        Assert.Equal("First title", (await client.GetDocumentAsync(url)).QuerySelector("h1")?.TextContent);

        await RetitleAsync(statement.Id, "Second title");
        // Cached: the database changed behind the cache's back.
        Assert.Equal("First title", (await client.GetDocumentAsync(url)).QuerySelector("h1")?.TextContent);

        await ChangedAsync(statement.Id);
        Assert.Equal("Second title", (await client.GetDocumentAsync(url)).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task StatementChanged_EvictsItsEntityPagesAndLists_ButNotOtherStatements()
    {
        var changed = await Data.AddStatementAsync(s => s.Title = "Changed one");
        var other = await Data.AddStatementAsync(s => { s.Title = "Other one"; s.Quotes = []; s.Demands = []; s.Citations = []; s.Countries = ["CO"]; });
        using var client = NewClient();
        var pages = new[] { "/", "/statements", "/countries/ve", "/law/un-charter", "/feeds/statements.atom" };
        foreach (var page in pages)
        {
            Assert.Contains("Changed one", await client.Http.GetStringAsync(page), StringComparison.Ordinal);
        }

        Assert.Equal("Other one", (await client.GetDocumentAsync($"/s/{other.PublicId}")).QuerySelector("h1")?.TextContent);

        await RetitleAsync(changed.Id, "Renamed one");
        await RetitleAsync(other.Id, "Other renamed");
        await ChangedAsync(changed.Id);

        foreach (var page in pages)
        {
            Assert.Contains("Renamed one", await client.Http.GetStringAsync(page), StringComparison.Ordinal);
        }

        // Exactly the affected pages: the other statement's page is still the cached one.
        Assert.Equal("Other one", (await client.GetDocumentAsync($"/s/{other.PublicId}")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task StatementListCounts_AreKeptBetweenPages_AndRefreshedWhenAStatementChanges()
    {
        await Data.AddStatementAsync();
        using var client = NewClient();
        string[] Years(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll("select#year option[value]:not([value=''])").Select(o => o.TextContent.Trim())];
        Assert.Equal(["2026 (1)"], Years(await client.GetDocumentAsync("/statements")));

        var added = await Data.AddStatementAsync(s => { s.PublishedOn = new DateOnly(2025, 6, 1); s.Countries = ["CO"]; });
        await ChangedAsync(added.Id);

        // A URL not cached before: its counts must include the statement just added.
        var page = await client.GetDocumentAsync("/statements?language=en");
        Assert.Equal(["2026 (1)", "2025 (1)"], Years(page));
        Assert.Equal("2 statements, newest first", page.QuerySelector("h2")?.TextContent);
        Assert.Contains("(1)", page.QuerySelector("select#country option[value='co']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotificationFromAnotherInstance_EvictsThePageHere()
    {
        var statement = await Data.AddStatementAsync(s => s.Title = "First title");
        using var client = NewClient();
        var url = $"/s/{statement.PublicId}";
        await client.GetDocumentAsync(url);
        await RetitleAsync(statement.Id, "Second title");
        Assert.Equal("First title", (await client.GetDocumentAsync(url)).QuerySelector("h1")?.TextContent);

        // What another instance's StatementChangedAsync sends; only the LISTENer can act on it here.
        await using (var connection = new Npgsql.NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var notify = new Npgsql.NpgsqlCommand("SELECT pg_notify('archive_public_cache', @tags)", connection);
            notify.Parameters.AddWithValue("tags", "lists\ns:" + statement.PublicId);
            await notify.ExecuteNonQueryAsync();
        }

        // The listener hears it asynchronously: wait for the page to change (or give up after 30 s).
        string? title = null;
        for (var attempt = 0; attempt < 300 && title != "Second title"; attempt++)
        {
            await Task.Delay(100);
            title = (await client.GetDocumentAsync(url)).QuerySelector("h1")?.TextContent;
        }

        Assert.Equal("Second title", title);
    }

    [Fact]
    public async Task LoggedInUsers_GetFreshPages()
    {
        var statement = await Data.AddStatementAsync(s => s.Title = "First title");
        using var anonymous = NewClient();
        var url = $"/s/{statement.PublicId}";
        await anonymous.GetDocumentAsync(url);
        await RetitleAsync(statement.Id, "Second title");

        using var editor = await LoggedInAsync(EditorRoles);
        var page = await editor.GetDocumentAsync(url);
        Assert.Equal("Second title", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Log out", page.QuerySelector("nav .account")?.TextContent, StringComparison.Ordinal);
        // And the editor's page, with their name and logout form, was not stored for everyone.
        Assert.DoesNotContain("Log out", await anonymous.Http.GetStringAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusMessage_AfterLogout_IsShown_EvenWhenTheHomePageIsCached()
    {
        using var anonymous = NewClient();
        // An anonymous visit stores the home page in the cache.
        await anonymous.GetDocumentAsync("/");
        await anonymous.GetDocumentAsync("/");

        using var editor = await LoggedInAsync(EditorRoles);
        var response = await editor.SubmitFormAsync("/account/logout", "main form[method=post]", []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var home = await editor.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("You are logged out", home.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        // And the page with the message was not stored for everyone.
        Assert.Null((await anonymous.GetDocumentAsync("/")).QuerySelector("[role=status]"));
    }
}
