using AmnestyArchive.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AmnestyArchive.Browser.Tests.Setup;

[Collection(PortalCollection.Name)]
public sealed class FirstAdminTests(PortalFixture portal)
{
    [Fact]
    public async Task FirstAdmin_SetsUpThroughSetup_LogsOut_AndLogsInAgain()
    {
        const string email = "first.admin@example.org";
        const string password = "a long and quiet river at dawn";
        var page = await portal.NewPageAsync();

        await page.GotoAsync("/setup");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 12 characters)").FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create admin" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        Assert.Equal("Admin", await page.Locator("h1").TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Log out") }).ClickAsync();
        await page.WaitForURLAsync(portal.BaseUrl + "/");
        Assert.Contains("You are logged out", await page.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);

        // The set-up page has gone for good.
        var setup = await page.GotoAsync("/setup");
        Assert.Equal(404, setup!.Status);

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync("**/editor");
        Assert.Equal("Editor workspace", await page.Locator("h1").TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Log out") }).ClickAsync();
        await page.WaitForURLAsync(portal.BaseUrl + "/");
        var editor = await page.GotoAsync("/editor");
        Assert.Contains("/account/login", editor!.Url, StringComparison.Ordinal);
    }
}
