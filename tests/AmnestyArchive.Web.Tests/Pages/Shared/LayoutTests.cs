using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Shared;

public sealed class LayoutTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/statements")]
    [InlineData("/speakers")]
    [InlineData("/law")]
    [InlineData("/search?q=charter")]
    public async Task Get_PublicPage_SaysHowToCiteIt(string url)
    {
        using var client = NewClient();
        var page = await client.GetDocumentAsync(url);
        var cite = page.GetElementById("how-to-cite")?.TextContent;
        Assert.NotNull(cite);
        Assert.Contains("How to cite this page: AmnestyArchive", cite, StringComparison.Ordinal);
        Assert.Contains("http://localhost" + url.Split('?')[0], cite, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LoginPage_HasNoCitationLine()
    {
        using var client = NewClient();
        var page = await client.GetDocumentAsync("/account/login");
        Assert.Null(page.GetElementById("how-to-cite"));
    }

    [Fact]
    public async Task Get_LoggedInPage_EveryPostFormCarriesAntiforgeryToken()
    {
        using var client = await LoggedInAsync(AdminRoles);
        var page = await client.GetDocumentAsync("/");
        var forms = page.QuerySelectorAll("form[method=post]");
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
    }
}
