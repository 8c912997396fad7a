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
