using System.Net;
using AmnestyArchive.Web.Editing;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Admin;

public sealed class VocabulariesTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private const string Csv =
        "vocabulary,slug,label,label_es,parent_slug,scope_note\r\n" +
        "rights,right-to-life,Right to life,Derecho a la vida,,\"Article 6, ICCPR\"\r\n" +
        "rights,enforced-disappearance,Enforced disappearance,Desaparición forzada,right-to-life,\"Said \"\"disappeared\"\"\nover two lines\"\r\n" +
        "themes,impunity,Impunity,,,\r\n";

    [Fact]
    public async Task Post_Import_ThenExport_RoundTrips()
    {
        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync("/admin/vocabularies", "form.import-form", new() { ["Csv"] = Csv });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var child = await Factory.WithDbAsync(db => db.Tags.Include(t => t.Parent).SingleAsync(t => t.Slug == "enforced-disappearance"));
        Assert.Equal("right-to-life", child.Parent!.Slug);
        Assert.Equal("Said \"disappeared\"\nover two lines", child.ScopeNote);

        var export = await client.Http.GetAsync("/admin/vocabularies?handler=Export");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var exported = await export.Content.ReadAsStringAsync();
        var parsed = VocabularyCsv.Parse(exported);
        Assert.Empty(parsed.Errors);
        Assert.Equal(VocabularyCsv.Parse(Csv).Rows.OrderBy(r => r.Slug), parsed.Rows.OrderBy(r => r.Slug));

        // Importing the export again changes nothing.
        response = await client.SubmitFormAsync("/admin/vocabularies", "form.import-form", new() { ["Csv"] = exported });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(3, await Factory.WithDbAsync(db => db.Tags.CountAsync()));
        Assert.Equal(2, await Factory.WithDbAsync(db => db.AuditEvents.CountAsync(a => a.Action == "vocabulary-import")));
    }

    [Fact]
    public async Task Post_Import_WithAnUnknownParent_ImportsNothing()
    {
        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync("/admin/vocabularies", "form.import-form", new()
        {
            ["Csv"] = "vocabulary,slug,label,label_es,parent_slug,scope_note\nthemes,impunity,Impunity,,,\nthemes,torture,Torture,,no-such-parent,\n",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("no-such-parent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Factory.WithDbAsync(db => db.Tags.AnyAsync()));
        Assert.False(await Factory.WithDbAsync(db => db.Vocabularies.AnyAsync()));
    }

    [Fact]
    public async Task Post_Import_WithABadHeader_ImportsNothing()
    {
        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync("/admin/vocabularies", "form.import-form", new() { ["Csv"] = "slug,label\nimpunity,Impunity\n" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Tags.AnyAsync()));
    }

    [Fact]
    public async Task Post_CreateVocabulary_ThenAddTermWithParent()
    {
        using var client = await LoggedInAsync(AdminRoles);
        var response = await client.SubmitFormAsync("/admin/vocabularies", "form.create-form", new() { ["Slug"] = "groups", ["Name"] = "Affected groups" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var termsUrl = response.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(termsUrl, "form.term-form", new() { ["Label"] = "Refugees and migrants" })).StatusCode);
        var parentId = await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "refugees-and-migrants").Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(termsUrl, "form.term-form",
            new() { ["Label"] = "Asylum seekers", ["ParentId"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["ScopeNote"] = "<script>x</script> *people*" })).StatusCode);
        var page = await client.GetDocumentAsync(termsUrl);
        Assert.Contains("— Asylum seekers", page.QuerySelector("table.terms")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("table.terms script"));
    }

    [Fact]
    public async Task VocabularySeeder_SeedsTheStarterCsv_Idempotently()
    {
        var path = Path.Combine(RepositoryRoot(), "seeds", "vocabularies.csv");
        await Factory.WithDbAsync(async db => { await VocabularySeeder.SeedAsync(db, path); return 0; });
        var count = await Factory.WithDbAsync(db => db.Tags.CountAsync());
        Assert.True(count >= 20);
        Assert.Equal("right-to-life", await Factory.WithDbAsync(db => db.Tags.Where(t => t.Slug == "enforced-disappearance").Select(t => t.Parent!.Slug).SingleAsync()));
        await Factory.WithDbAsync(async db => { await VocabularySeeder.SeedAsync(db, path); return 0; });
        Assert.Equal(count, await Factory.WithDbAsync(db => db.Tags.CountAsync()));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmnestyArchive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AmnestyArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
