using System.Net;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Pages.Setup;

public sealed class IndexTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private static Dictionary<string, string> Admin(string email, string password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    [Fact]
    public async Task Setup_CreatesFirstAdmin_ThenDisappears()
    {
        using var client = NewClient();
        var response = await client.SubmitFormAsync("/setup", "main form", Admin("first@example.org", ArchiveWebFactory.StrongPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin")).StatusCode);

        var admins = await Factory.WithDbAsync(db => db.UserRoles.CountAsync(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin)));
        Assert.Equal(1, admins);

        using var other = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync("/setup")).StatusCode);
    }

    [Fact]
    public async Task Post_Setup_IsRefused_OnceAnAdminExists()
    {
        using var client = NewClient();
        var token = await client.GetAntiforgeryTokenAsync("/setup");
        await Factory.CreateUserAsync("already@example.org", AdminRoles);
        var values = Admin("intruder@example.org", ArchiveWebFactory.StrongPassword);
        values["__RequestVerificationToken"] = token;
        var response = await client.Http.PostAsync("/setup", new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "intruder@example.org")));
    }

    [Fact]
    public async Task Post_Setup_RejectsShortPassword()
    {
        using var client = NewClient();
        var response = await client.SubmitFormAsync("/setup", "main form", Admin("first@example.org", "short pass"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Users.AnyAsync()));
    }
}
