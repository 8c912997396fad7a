using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AmnestyArchive.Web.Tests.Infrastructure;

namespace AmnestyArchive.Web.Tests.Pages.Feeds;

public sealed class FeedTests(ArchiveWebFactory factory) : ArchiveTest(factory)
{
    private ArchiveData Data => new(Factory.Services);

    private async Task<SyndicationFeed> LoadAsync(BrowserClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Fact]
    public async Task Get_LatestStatementsFeed_ListsPublishedStatementsNewestFirst()
    {
        var older = await Data.AddStatementAsync(s => { s.PublishedOn = new DateOnly(2025, 5, 1); s.Title = "Older statement"; });
        var newer = await Data.AddStatementAsync(s => { s.PublishedOn = new DateOnly(2026, 1, 9); s.Title = "Newer statement"; });
        await Data.AddStatementAsync(s => { s.Status = Web.Domain.StatementStatus.Draft; s.Title = "Draft statement"; });
        using var client = NewClient();

        var feed = await LoadAsync(client, "/feeds/statements.atom");

        var items = feed.Items.ToList();
        Assert.Equal(["Newer statement", "Older statement"], items.Select(i => i.Title.Text));
        Assert.EndsWith($"/s/{newer.PublicId}", items[0].Links[0].Uri.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"/s/{older.PublicId}", items[1].Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/speakers/agnes-callamard/feed.atom", "/q/")]
    [InlineData("/law/un-charter/feed.atom", "/s/")]
    [InlineData("/addressees/venezuela/feed.atom", "/d/")]
    [InlineData("/tags/themes/armed-conflict/feed.atom", "/q/")]
    public async Task Get_EntityFeed_ListsWhatIsLinkedToIt(string url, string itemPath)
    {
        await Data.AddStatementAsync();
        using var client = NewClient();

        var feed = await LoadAsync(client, url);

        var item = Assert.Single(feed.Items);
        Assert.Contains(itemPath, item.Links[0].Uri.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FeedOfUnknownSpeaker_Is404()
    {
        using var client = NewClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync("/speakers/nobody/feed.atom")).StatusCode);
    }

    [Fact]
    public async Task Get_Sitemap_ListsPublishedStatementsOnly()
    {
        var published = await Data.AddStatementAsync();
        var draft = await Data.AddStatementAsync(s => s.Status = Web.Domain.StatementStatus.Draft);
        using var client = NewClient();

        var xml = XDocument.Parse(await client.Http.GetStringAsync("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains(locs, l => l.EndsWith($"/s/{published.PublicId}", StringComparison.Ordinal));
        Assert.DoesNotContain(locs, l => l.EndsWith($"/s/{draft.PublicId}", StringComparison.Ordinal));
        Assert.Contains(locs, l => l.EndsWith("/speakers/agnes-callamard", StringComparison.Ordinal));
    }
}
