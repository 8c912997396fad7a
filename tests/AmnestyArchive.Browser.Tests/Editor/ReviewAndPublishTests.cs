using System.Text.RegularExpressions;
using AmnestyArchive.Browser.Tests.Infrastructure;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AmnestyArchive.Browser.Tests.Editor;

/// <summary>An editor imports a statement, fixes a speaker, tags a quote and publishes it, in real Chromium.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ReviewAndPublishTests(PortalFixture portal)
{
    private const string Password = "a long and quiet river at dawn";

    private const string Statement =
        "Freedom now: authorities must release detained activists\n\n" +
        "“The detention of peaceful activists must end today,” said Jane Example, Amnesty International’s Regional Director.\n\n" +
        "The authorities of Venezuela must release all those arbitrarily detained.\n";

    [Fact]
    public async Task Editor_ImportsFixesSpeakerTagsAndPublishes()
    {
        var email = $"editor{Guid.NewGuid():N}@example.org";
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
            var user = new ArchiveUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Editor);
            await VocabularySeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(),
                Path.Combine(RepositoryRoot(), "seeds", "vocabularies.csv"));
        }

        var page = await portal.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");

        await page.GetByRole(AriaRole.Link, new() { Name = "Import statements" }).ClickAsync();
        await page.GetByLabel("Paste a statement").FillAsync(Statement);
        await page.GetByLabel("Publisher").FillAsync("Amnesty International");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review it" }).ClickAsync();
        await PortalFixture.WaitForUrlAsync(page, new Regex(@"/editor/statements/\d+$"));
        Assert.True(await page.Locator("#statement-text mark.quote").CountAsync() >= 1);

        // Fix the speaker of the first quote.
        var quote = page.Locator(".quote-card").First;
        await quote.GetByLabel("Speaker").FillAsync("Jane Q. Example");
        await quote.GetByLabel("Role at the time").FillAsync("Regional Director");
        await quote.GetByRole(AriaRole.Button, new() { Name = "Save speaker" }).ClickAsync();
        await PortalFixture.WaitForUrlAsync(page, new Regex("#edit-q\\d+$"));
        Assert.Equal("Jane Q. Example", await page.Locator(".quote-card").First.Locator(".speaker").TextContentAsync());

        // Tag it from the vocabulary.
        quote = page.Locator(".quote-card").First;
        await quote.GetByLabel("Add tag").FillAsync("rights:arbitrary-detention");
        await quote.GetByRole(AriaRole.Button, new() { Name = "Tag quote" }).ClickAsync();
        await PortalFixture.WaitForUrlAsync(page, new Regex("#edit-q\\d+$"));
        Assert.Contains("Arbitrary detention", await page.Locator(".quote-card").First.Locator(".tags").TextContentAsync(), StringComparison.Ordinal);

        // Submit for review, then publish.
        await page.GetByRole(AriaRole.Link, new() { Name = "Publish and history" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        Assert.Contains("Published (revision 1)", await page.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);

        var publicId = (await page.Locator("a", new() { HasText = "public page" }).GetAttributeAsync("href"))!.Split('/').Last();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var revision = await db.Revisions.AsNoTracking().SingleAsync(r => r.Statement!.PublicId == publicId);
            Assert.Contains("Jane Q. Example", revision.SnapshotJson, StringComparison.Ordinal);
            Assert.Contains("rights:arbitrary-detention", revision.SnapshotJson, StringComparison.Ordinal);
        }

        // The public statement page shows the corrected speaker, and the quote page its tag.
        await page.GotoAsync($"/s/{publicId}");
        Assert.Contains("Jane Q. Example", await page.Locator("aside").First.TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("a.quote-link").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/q/[a-z0-9]+$"));
        Assert.Contains("Jane Q. Example", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Arbitrary detention", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
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
