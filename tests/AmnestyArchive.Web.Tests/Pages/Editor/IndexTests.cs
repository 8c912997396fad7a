using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AmnestyArchive.Web.Tests.Pages.Editor;

public sealed class IndexTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Get_Dashboard_ListsStatementsByStatus_WithLinksToReview()
    {
        var draft = await EditorData.StatementAsync(Factory);
        var inReview = await EditorData.StatementAsync(Factory, "Another text.", StatementStatus.InReview);
        using var client = await LoggedInAsync(EditorRoles);
        var page = await client.GetDocumentAsync("/editor");
        Assert.NotNull(page.QuerySelector<IHtmlAnchorElement>($"#status-draft a[href='/editor/statements/{draft.Id}']"));
        Assert.NotNull(page.QuerySelector<IHtmlAnchorElement>($"#status-inreview a[href='/editor/statements/{inReview.Id}']"));
        Assert.Contains("Published (0)", page.QuerySelector("#status-published h2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PersonsApi_FindsNamesWithSmallMistakes()
    {
        await Factory.WithDbAsync(async db =>
        {
            db.Persons.AddRange(new Person { Name = "Agnès Callamard", Slug = "agnes-callamard" }, new Person { Name = "Ana Piquer", Slug = "ana-piquer" });
            return await db.SaveChangesAsync();
        });
        using var client = await LoggedInAsync(EditorRoles);
        var json = await client.Http.GetStringAsync("/editor/api/persons?q=Agnes%20Calamard");
        Assert.Contains("agnes-callamard", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ana-piquer", json, StringComparison.Ordinal);
    }
}
