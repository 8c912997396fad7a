using System.Net;
using System.Text.RegularExpressions;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AmnestyArchive.Web.Tests.Pages;

/// <summary>
/// Every page under /Editor and /Admin, found from the app's own endpoints, refuses anonymous
/// users and users without the role. A new page cannot slip through: it is found here too.
/// </summary>
public sealed partial class ProtectedRoutesTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private IReadOnlyList<(string Url, string Folder)> ProtectedPages()
    {
        var sources = Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        var pages = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(p => p.Page is not null)
            .Select(p => (Pattern: p.Endpoint.RoutePattern.RawText ?? "", Path: p.Page!.ViewEnginePath))
            .Where(p => p.Path.StartsWith("/Editor/", StringComparison.Ordinal) || p.Path.StartsWith("/Admin/", StringComparison.Ordinal))
            .Select(p => ("/" + RouteParameter().Replace(p.Pattern, "1").TrimEnd('/'), p.Path.Split('/')[1]))
            .Distinct()
            .ToList();
        return pages;
    }

    [Fact]
    public void Discovery_FindsEditorAndAdminPages()
    {
        var pages = ProtectedPages();
        Assert.Contains(pages, p => p.Folder == "Editor");
        Assert.Contains(pages, p => p.Folder == "Admin");
    }

    [Fact]
    public async Task Get_ProtectedPage_RedirectsAnonymousUserToLogin()
    {
        using var client = NewClient();
        foreach (var (url, _) in ProtectedPages())
        {
            var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {response.StatusCode} to an anonymous user");
            Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_ProtectedPage_RefusesUserWithoutRole()
    {
        using var client = await LoggedInAsync();
        foreach (var (url, _) in ProtectedPages())
        {
            var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {response.StatusCode} to a user without a role");
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_AdminPage_RefusesEditor()
    {
        using var client = await LoggedInAsync(EditorRoles);
        foreach (var (url, _) in ProtectedPages().Where(p => p.Folder == "Admin"))
        {
            var response = await client.Http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {response.StatusCode} to an editor");
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_EditorHome_AdmitsEditor()
    {
        using var client = await LoggedInAsync(EditorRoles);
        var response = await client.Http.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"\{[^}]+\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RouteParameter();
}
