using System.Net;
using AmnestyArchive.Web.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Editor;

public sealed class MetadataTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private static string Url(SeededStatement s) => $"/editor/statements/{s.Id}/metadata";

    [Fact]
    public async Task Post_Metadata_SavesFields_AndLinksTranslation()
    {
        var original = await EditorData.StatementAsync(Factory);
        var translation = await EditorData.StatementAsync(Factory, "Un párrafo en español.");
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(translation), "form.metadata-form", new()
        {
            ["Input.Title"] = "Venezuela: ataque", ["Input.PublishedOn"] = "2026-02-03", ["Input.Language"] = "es",
            ["Input.SourceUrl"] = "https://example.org/es", ["Input.Summary"] = "**Resumen**", ["Input.TranslationOf"] = original.PublicId,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Factory.WithDbAsync(db => db.Statements.AsNoTracking().SingleAsync(x => x.Id == translation.Id));
        Assert.Equal("Venezuela: ataque", saved.Title);
        Assert.Equal(new DateOnly(2026, 2, 3), saved.PublishedOn);
        Assert.Equal("es", saved.Language);
        Assert.Equal(original.Id, saved.TranslationOfId);
        Assert.True(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "link-translation" && a.EntityId == translation.PublicId)));

        var originalPage = await client.GetDocumentAsync(Url(original));
        Assert.Contains("Venezuela: ataque", originalPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Metadata_RejectsBadInput_AndWritesNothing()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync(Url(s), "form.metadata-form", new()
        {
            ["Input.Title"] = "Changed", ["Input.Language"] = "english", ["Input.SourceUrl"] = "javascript:alert(1)", ["Input.TranslationOf"] = "nosuchid",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("two-letter", body, StringComparison.Ordinal);
        Assert.Contains("No statement with the id nosuchid", body, StringComparison.Ordinal);
        Assert.Equal("Test statement", await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == s.Id).Select(x => x.Title).SingleAsync()));
    }

    [Fact]
    public async Task Post_Metadata_ReportsConflict_AndKeepsTheSecondEditorsInput()
    {
        var s = await EditorData.StatementAsync(Factory);
        using var first = await LoggedInAsync(EditorRoles);
        using var second = await LoggedInAsync(EditorRoles);
        var stale = await second.GetDocumentAsync(Url(s));
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(Url(s), "form.metadata-form", new() { ["Input.Title"] = "First title" })).StatusCode);

        var response = await second.SubmitAsync(Url(s), stale.QuerySelector<IHtmlFormElement>("form.metadata-form")!, new() { ["Input.Title"] = "Second title" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await BrowserClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Someone else changed this statement", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Second title", page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value);
        Assert.Equal("First title", await Factory.WithDbAsync(db => db.Statements.Where(x => x.Id == s.Id).Select(x => x.Title).SingleAsync()));
    }
}
