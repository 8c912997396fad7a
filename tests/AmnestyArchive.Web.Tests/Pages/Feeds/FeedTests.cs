using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AmnestyArchive.Web.PublicSite;
using AmnestyArchive.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<XDocument> LoadSitemapAsync(BrowserClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The index, then every file it names: the URLs of all files, each file's root checked.</summary>
    private static async Task<(List<string> Files, List<string> Urls)> CrawlSitemapAsync(BrowserClient client)
    {
        var index = await LoadSitemapAsync(client, "/sitemap.xml");
        Assert.Equal(SitemapNs + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(SitemapNs + "sitemap").Select(e => e.Element(SitemapNs + "loc")!.Value).ToList();
        var urls = new List<string>();
        foreach (var file in files)
        {
            var set = await LoadSitemapAsync(client, new Uri(file).PathAndQuery);
            Assert.Equal(SitemapNs + "urlset", set.Root!.Name);
            var entries = set.Root.Elements(SitemapNs + "url").ToList();
            Assert.NotEmpty(entries);
            Assert.True(entries.Count <= 50_000, file);
            foreach (var entry in entries)
            {
                if (entry.Element(SitemapNs + "lastmod") is { } lastmod)
                {
                    Assert.True(DateTimeOffset.TryParse(lastmod.Value, System.Globalization.CultureInfo.InvariantCulture, out _), lastmod.Value);
                }

                urls.Add(entry.Element(SitemapNs + "loc")!.Value);
            }
        }

        return (files, urls);
    }

    [Fact]
    public async Task Get_Sitemap_IndexesFilesThatListEveryPublicPageOfPublishedStatements()
    {
        var published = await Data.AddStatementAsync();
        var draft = await Data.AddStatementAsync(s => s.Status = Web.Domain.StatementStatus.Draft);
        using var client = NewClient();

        var (files, urls) = await CrawlSitemapAsync(client);

        Assert.All(files.Concat(urls), u => Assert.StartsWith("http://localhost/", u, StringComparison.Ordinal));
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
        var paths = urls.Select(u => new Uri(u).AbsolutePath).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/", "/statements", "/speakers", "/law", "/addressees", "/tags", "/countries",
            $"/s/{published.PublicId}", $"/q/{published.QuoteIds[0]}", $"/d/{published.DemandIds[0]}", $"/d/{published.DemandIds[1]}",
            "/speakers/agnes-callamard", "/law/un-charter", "/law/un-charter/article-2-4", "/addressees/venezuela",
            "/tags/themes/armed-conflict", "/countries/ve", "/countries/us",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
        Assert.DoesNotContain($"/s/{draft.PublicId}", paths);
        Assert.DoesNotContain($"/q/{draft.QuoteIds[0]}", paths);
        Assert.DoesNotContain($"/d/{draft.DemandIds[0]}", paths);
        Assert.DoesNotContain("/countries/co", paths);

        // Every page the sitemap names is there.
        foreach (var path in paths)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.Http.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Get_Sitemap_FilesAreBlocksOfIdsThatPublishingNeverShifts()
    {
        // After the reset the tables are empty: start the ids just below a block boundary.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            $"ALTER TABLE statements ALTER COLUMN id RESTART WITH {SitemapEndpoints.ChunkSize}; ALTER TABLE quotes ALTER COLUMN id RESTART WITH {SitemapEndpoints.ChunkSize}"));
        var first = await Data.AddStatementAsync();
        var second = await Data.AddStatementAsync();
        Assert.Equal([SitemapEndpoints.ChunkSize, SitemapEndpoints.ChunkSize + 1], new[] { first.Id, second.Id });
        using var client = NewClient();

        async Task<List<string>> PathsIn(string file) =>
            [.. (await LoadSitemapAsync(client, file)).Descendants(SitemapNs + "loc").Select(l => new Uri(l.Value).AbsolutePath)];

        Assert.Equal([$"/s/{first.PublicId}"], await PathsIn("/sitemaps/statements-1.xml"));
        Assert.Equal([$"/s/{second.PublicId}"], await PathsIn("/sitemaps/statements-2.xml"));
        // Each has one quote: the first statement's has the last id of block 1, the second's the first of block 2.
        Assert.Equal([$"/q/{first.QuoteIds[0]}"], await PathsIn("/sitemaps/quotes-1.xml"));
        Assert.Equal([$"/q/{second.QuoteIds[0]}"], await PathsIn("/sitemaps/quotes-2.xml"));
        var index = await PathsIn("/sitemap.xml");
        Assert.Equal(["/sitemaps/pages.xml", "/sitemaps/statements-1.xml", "/sitemaps/statements-2.xml", "/sitemaps/quotes-1.xml",
            "/sitemaps/quotes-2.xml", "/sitemaps/demands-1.xml"], index);
    }

    [Theory]
    [InlineData("/sitemaps/statements-0.xml")]
    [InlineData("/sitemaps/statements-2.xml")]
    [InlineData("/sitemaps/quotes-999999999.xml")]
    [InlineData("/sitemaps/demands--1.xml")]
    [InlineData("/sitemaps/speakers-1.xml")]
    public async Task Get_SitemapFileWithoutPages_Is404(string url)
    {
        await Data.AddStatementAsync();
        using var client = NewClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_Robots_PointsAtTheSitemapAndKeepsCrawlersOutOfEditing()
    {
        using var client = NewClient();

        var response = await client.Http.GetAsync("/robots.txt");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.Contains("Disallow: /editor/", lines);
        Assert.Contains("Disallow: /admin/", lines);
    }
}
