using System.Net;
using AmnestyArchive.Web.PublicSite;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Tests.Hosting;

/// <summary>
/// Parameters no text in the archive can hold, and numbers outside what a date can be, get a
/// clear answer instead of a server error (PostgreSQL refuses a NUL character in any text).
/// </summary>
public sealed class HostileParameterTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/search?q=torture%00")]
    [InlineData("/search?q=ok&country=%00")]
    [InlineData("/search?q=ok&speaker=%00")]
    [InlineData("/search?q=ok&instrument=%00")]
    [InlineData("/search?q=ok&addressee=%00")]
    [InlineData("/search?q=ok&tag=a%00/b")]
    [InlineData("/search?q=ok&publisher=%00")]
    [InlineData("/search?q=ok&language=%00")]
    [InlineData("/statements?country=%00")]
    public async Task Page_WithANulCharacterInAParameter_Is400_AndSaysWhy(string url)
    {
        using var client = NewClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var page = await BrowserClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("NUL character", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/search?q=%00")]
    [InlineData("/api/v1/search?q=a&country=%00")]
    [InlineData("/api/v1/statements?country=%00")]
    public async Task Api_WithANulCharacterInAParameter_Is400_AsProblemDetails(string url)
    {
        using var client = NewClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("NUL character", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=%2500")]
    [InlineData("/search?q=100%25")]
    public async Task Search_ForAPercentSignAndDigits_IsNotMistakenForANul(string url)
    {
        using var client = NewClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EditorForm_WithANulCharacter_Is400_AndChangesNothing()
    {
        var s = await EditorData.StatementAsync(Factory);
        var before = await Factory.WithDbAsync(db => db.Quotes.Include(q => q.Person).SingleAsync(q => q.Id == s.QuoteId));
        using var client = await LoggedInAsync(EditorRoles);

        var response = await client.SubmitFormAsync($"/editor/statements/{s.Id}", $"#edit-q{s.QuoteId} form.speaker-form",
            new() { ["Speaker"] = "Ana\0Pérez", ["Role"] = "Director" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await BrowserClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("The form could not be read", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var after = await Factory.WithDbAsync(db => db.Quotes.Include(q => q.Person).SingleAsync(q => q.Id == s.QuoteId));
        Assert.Equal(before.Person?.Name, after.Person?.Name);
        Assert.Equal(before.SpeakerRole, after.SpeakerRole);
        Assert.False(await Factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "edit-quote")));
    }

    [Fact]
    public async Task Api_Search_WithWordsPastTheLimit_Is400_AsProblemDetails_AndTheLimitItselfIsServed()
    {
        await new ArchiveData(Factory.Services).AddStatementAsync();
        using var client = NewClient();
        string Words(int length) => string.Concat(Enumerable.Repeat("attack or ", length / 10 + 1))[..length];

        var tooLong = await client.Http.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(Words(SearchQuery.MaxWordsLength + 1)));
        var atTheLimit = await client.Http.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(Words(SearchQuery.MaxWordsLength)));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal("application/problem+json", tooLong.Content.Headers.ContentType?.MediaType);
        using var problem = System.Text.Json.JsonDocument.Parse(await tooLong.Content.ReadAsStringAsync());
        Assert.Contains($"{SearchQuery.MaxWordsLength} characters", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, atTheLimit.StatusCode);
    }

    [Fact]
    public async Task Search_Page_WithWordsPastTheLimit_SearchesTheirFirstPart()
    {
        await new ArchiveData(Factory.Services).AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync("/search?q=attack+" + new string('x', 2 * SearchQuery.MaxWordsLength));

        Assert.Equal(SearchQuery.MaxWordsLength, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=q]")!).Value.Length);
    }

    [Theory]
    [InlineData("/search?year=0")]
    [InlineData("/search?year=-1")]
    [InlineData("/search?year=9999")]
    [InlineData("/search?year=10000")]
    [InlineData("/search?year=99999")]
    [InlineData("/search?q=attack&year=99999")]
    [InlineData("/search?q=attack&scope=quotes&year=0")]
    public async Task Search_ForAYearNoDateCanHave_FindsNothing(string url)
    {
        await new ArchiveData(Factory.Services).AddStatementAsync();
        using var client = NewClient();

        var page = await client.GetDocumentAsync(url);

        Assert.Equal("0", page.QuerySelector(".total")?.TextContent);
    }

    [Fact]
    public async Task Api_Search_ForAYearNoDateCanHave_FindsNothing()
    {
        await new ArchiveData(Factory.Services).AddStatementAsync();
        using var client = NewClient();

        var response = await client.Http.GetAsync("/api/v1/search?q=attack&year=99999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, body.RootElement.GetProperty("total").GetInt32());
    }
}
