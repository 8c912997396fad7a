using System.Net;
using System.Text;
using AmnestyArchive.Web.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Editor;

public sealed class ImportTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private const string Text =
        "Freedom now: authorities must release detained activists\n\n" +
        "“The detention of peaceful activists must end today,” said Jane Example, Amnesty International’s Regional Director.\n\n" +
        "The authorities of Venezuela must release all those arbitrarily detained.\n";

    private static async Task<HttpResponseMessage> UploadAsync(BrowserClient client, params (string Name, byte[] Bytes)[] files)
    {
        var token = await client.GetAntiforgeryTokenAsync("/editor/import");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Amnesty International"), "Input.Publisher" },
            { new StringContent("en"), "Input.Language" },
        };
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "Input.Files", name);
        }

        return await client.Http.PostAsync("/editor/import", content);
    }

    [Fact]
    public async Task Post_Import_IsIdempotent_AndLinksToTheExistingStatement()
    {
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync("/editor/import", "form.import-form", new() { ["Input.Text"] = Text });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var results = await client.GetDocumentAsync("/editor/import");
        var imported = results.QuerySelector<IHtmlAnchorElement>(".import-imported a")!;
        Assert.Matches(@"^/editor/statements/\d+$", imported.GetAttribute("href"));

        response = await UploadAsync(client, ("same.txt", Encoding.UTF8.GetBytes(Text)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        results = await client.GetDocumentAsync("/editor/import");
        Assert.Equal(imported.GetAttribute("href"), results.QuerySelector<IHtmlAnchorElement>(".import-alreadyexists a")!.GetAttribute("href"));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Statements.CountAsync()));
        Assert.True(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "import")));
    }

    [Fact]
    public async Task Post_Import_ReportsEachFile_AndRejectsBadOnesWithTheirReason()
    {
        using var client = await LoggedInAsync(EditorRoles);
        var response = await UploadAsync(client,
            ("good.md", Encoding.UTF8.GetBytes(Text)),
            ("empty.txt", []),
            ("picture.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]),
            ("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0xE9, 0x74, 0xE9]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var results = await client.GetDocumentAsync("/editor/import");
        Assert.Single(results.QuerySelectorAll(".import-imported"));
        var rejected = results.QuerySelectorAll(".import-rejected");
        Assert.Equal(3, rejected.Length);
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.QuerySelector(".error")!.TextContent.Replace("rejected:", "", StringComparison.Ordinal))));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Statements.CountAsync()));
    }

    [Fact]
    public async Task Post_Import_OfPastedTextWithANulCharacter_IsRejectedWithItsReason_AndStoresNothing()
    {
        using var client = await LoggedInAsync(EditorRoles);

        var response = await client.SubmitFormAsync("/editor/import", "form.import-form", new() { ["Input.Text"] = "Statement title\n\nA paragraph\0 with a NUL.\n" });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var results = await client.GetDocumentAsync("/editor/import");
        var rejected = Assert.Single(results.QuerySelectorAll(".import-rejected"));
        Assert.Contains("NUL", rejected.QuerySelector(".error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Statements.CountAsync()));
    }

    [Fact]
    public async Task Post_Import_OfScriptPayload_ShowsItAsTextOnTheReviewPage()
    {
        const string payload = "<script>alert(1)</script> <img src=x onerror=alert(1)>";
        using var client = await LoggedInAsync(EditorRoles);
        await client.SubmitFormAsync("/editor/import", "form.import-form", new() { ["Input.Text"] = "Statement title\n\n" + payload + "\n" });
        var results = await client.GetDocumentAsync("/editor/import");
        var review = results.QuerySelector<IHtmlAnchorElement>(".import-imported a")!.GetAttribute("href")!;
        var html = await (await client.Http.GetAsync(review)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        var page = await BrowserClient.ParseAsync(html);
        Assert.Empty(page.QuerySelectorAll("#statement-text script, #statement-text img"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#statement-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Import_WithNothingToImport_SaysSo()
    {
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.SubmitFormAsync("/editor/import", "form.import-form", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Paste a statement or choose at least one file", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
