using System.Net;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Account;

public sealed class LoginTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private const string Email = "editor@example.org";

    private static Dictionary<string, string> Credentials(string password) =>
        new() { ["Input.Email"] = Email, ["Input.Password"] = password };

    [Fact]
    public async Task Post_Login_RedirectsToEditor_WhenPasswordIsRight()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        var response = await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials(ArchiveWebFactory.StrongPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Post_Login_ShowsError_WhenPasswordIsWrong()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        var response = await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials("not the password at all"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Login_IgnoresForeignReturnUrl()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        var response = await client.SubmitFormAsync("/account/login?ReturnUrl=https://evil.example/", "form[method=post]",
            Credentials(ArchiveWebFactory.StrongPassword));
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_Login_LocksAccount_AfterFiveFailures()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials("wrong password " + i));
        }

        // The right password no longer works while the account is locked.
        var response = await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials(ArchiveWebFactory.StrongPassword));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var locked = await Factory.WithDbAsync(async db => (await db.Users.FindAsync((await Factory.WithDbAsync(d => Task.FromResult(d.Users.Single(u => u.Email == Email)))).Id))!.LockoutEnd);
        Assert.True(locked > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Post_Login_FourFailuresDoNotLock()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        for (var i = 0; i < 4; i++)
        {
            await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials("wrong password " + i));
        }

        var response = await client.SubmitFormAsync("/account/login", "form[method=post]", Credentials(ArchiveWebFactory.StrongPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Post_Logout_EndsSession()
    {
        using var client = await LoggedInAsync(EditorRoles);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/editor")).StatusCode);
        var response = await client.SubmitFormAsync("/account/logout", "main form[method=post]", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task Post_Login_IsRefused_WithoutAntiforgeryToken()
    {
        await Factory.CreateUserAsync(Email, EditorRoles);
        using var client = NewClient();
        var response = await client.Http.PostAsync("/account/login", new FormUrlEncodedContent(Credentials(ArchiveWebFactory.StrongPassword)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
