using System.Net;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages;

public sealed class HomeAndHealthTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Fact]
    public async Task Get_Home_Renders()
    {
        using var client = NewClient();
        var document = await client.GetDocumentAsync("/");
        Assert.Equal("AmnestyArchive", document.QuerySelector("h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task EveryPage_NamesAnIconThatIsServed_SoBrowsersDoNotAskForAMissingFavicon()
    {
        using var client = NewClient();
        var document = await client.GetDocumentAsync("/search");
        var href = document.QuerySelector("link[rel=icon]")?.GetAttribute("href");
        Assert.NotNull(href);

        var icon = await client.Http.GetAsync(href);

        Assert.Equal(System.Net.HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_Health_AnswersHealthy(string url)
    {
        using var client = NewClient();
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_UnknownPage_IsA404Page()
    {
        using var client = NewClient();
        var document = await client.GetDocumentAsync("/no/such/page", HttpStatusCode.NotFound);
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent);
    }
}
