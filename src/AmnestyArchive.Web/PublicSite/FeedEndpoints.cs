using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>Atom feeds: the latest statements, and each speaker, instrument, addressee and tag.</summary>
public static class FeedEndpoints
{
    private const int FeedSize = 50;

    public static void MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/statements.atom", async (HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var items = await db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published)
                .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id).Take(FeedSize)
                .Select(s => new FeedEntry("s/" + s.PublicId, s.Title ?? "Untitled statement", s.Publisher, s.PublishedOn, s.PublishedAt ?? s.ImportedAt))
                .ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Lists);
            return Atom(http, "statements", "Latest statements · AmnestyArchive", "/", items);
        }).CacheOutput(PublicPagePolicy.Name);

        app.MapGet("/speakers/{slug}/feed.atom", async (string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var person = await db.Persons.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return Results.NotFound();
            }

            var items = await db.Quotes.AsNoTracking()
                .Where(q => q.Person!.Slug == slug && q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published)
                .OrderByDescending(q => q.Statement!.PublishedOn).ThenByDescending(q => q.Id).Take(FeedSize)
                .Select(q => new FeedEntry("q/" + q.PublicId, "“" + q.Text + "”", q.Statement!.Publisher + ": " + (q.Statement.Title ?? ""), q.Statement.PublishedOn, q.Statement.PublishedAt ?? q.Statement.ImportedAt))
                .ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Person(slug));
            return Atom(http, "speakers/" + slug, person + " · quotes · AmnestyArchive", "/speakers/" + slug, items);
        }).CacheOutput(PublicPagePolicy.Name);

        app.MapGet("/law/{slug}/feed.atom", async (string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var instrument = await db.Instruments.AsNoTracking().Where(i => i.Slug == slug).Select(i => new { i.Id, i.Name }).FirstOrDefaultAsync(ct);
            if (instrument is null)
            {
                return Results.NotFound();
            }

            var items = await db.Statements.AsNoTracking()
                .Where(s => s.Status == StatementStatus.Published && s.Citations.Any(c => c.InstrumentId == instrument.Id))
                .OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id).Take(FeedSize)
                .Select(s => new FeedEntry("s/" + s.PublicId, s.Title ?? "Untitled statement", s.Publisher, s.PublishedOn, s.PublishedAt ?? s.ImportedAt))
                .ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Instrument(slug));
            return Atom(http, "law/" + slug, instrument.Name + " · statements citing it · AmnestyArchive", "/law/" + slug, items);
        }).CacheOutput(PublicPagePolicy.Name);

        app.MapGet("/addressees/{slug}/feed.atom", async (string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug).Select(a => a.Name).FirstOrDefaultAsync(ct);
            if (actor is null)
            {
                return Results.NotFound();
            }

            var items = await db.Demands.AsNoTracking()
                .Where(d => d.Actor!.Slug == slug && d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published)
                .OrderByDescending(d => d.Statement!.PublishedOn).ThenByDescending(d => d.Id).Take(FeedSize)
                .Select(d => new FeedEntry("d/" + d.PublicId, d.Text, d.Statement!.Publisher + ": " + (d.Statement.Title ?? ""), d.Statement.PublishedOn, d.Statement.PublishedAt ?? d.Statement.ImportedAt))
                .ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Actor(slug));
            return Atom(http, "addressees/" + slug, "Demands of " + actor + " · AmnestyArchive", "/addressees/" + slug, items);
        }).CacheOutput(PublicPagePolicy.Name);

        app.MapGet("/tags/{vocabulary}/{slug}/feed.atom", async (string vocabulary, string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug && t.Vocabulary!.Slug == vocabulary)
                .Select(t => new { t.Id, t.Label }).FirstOrDefaultAsync(ct);
            if (tag is null)
            {
                return Results.NotFound();
            }

            var quotes = await db.QuoteTags.AsNoTracking()
                .Where(t => t.TagId == tag.Id && t.Quote!.RemovedAt == null && t.Quote.Statement!.Status == StatementStatus.Published)
                .OrderByDescending(t => t.Quote!.Statement!.PublishedOn).Take(FeedSize)
                .Select(t => new FeedEntry("q/" + t.Quote!.PublicId, "“" + t.Quote.Text + "”", t.Quote.Statement!.Publisher, t.Quote.Statement.PublishedOn, t.Quote.Statement.PublishedAt ?? t.Quote.Statement.ImportedAt))
                .ToListAsync(ct);
            var demands = await db.DemandTags.AsNoTracking()
                .Where(t => t.TagId == tag.Id && t.Demand!.RemovedAt == null && t.Demand.Statement!.Status == StatementStatus.Published)
                .OrderByDescending(t => t.Demand!.Statement!.PublishedOn).Take(FeedSize)
                .Select(t => new FeedEntry("d/" + t.Demand!.PublicId, t.Demand.Text, t.Demand.Statement!.Publisher, t.Demand.Statement.PublishedOn, t.Demand.Statement.PublishedAt ?? t.Demand.Statement.ImportedAt))
                .ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Tag(vocabulary, slug));
            var items = quotes.Concat(demands).OrderByDescending(e => e.Updated).Take(FeedSize).ToList();
            return Atom(http, $"tags/{vocabulary}/{slug}", tag.Label + " · AmnestyArchive", $"/tags/{vocabulary}/{slug}", items);
        }).CacheOutput(PublicPagePolicy.Name);
    }

    private sealed record FeedEntry(string Path, string Title, string Summary, DateOnly? Published, DateTimeOffset Updated);

    private static IResult Atom(HttpContext http, string id, string title, string alternatePath, IReadOnlyList<FeedEntry> entries)
    {
        var root = PublicUrls.Base(http.Request);
        var feed = new SyndicationFeed(title, null, new Uri(root + alternatePath))
        {
            Id = $"{root}/feeds/{id}",
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch,
            Items = entries.Select(e =>
            {
                var url = $"{root}/{e.Path}";
                var item = new SyndicationItem(e.Title, e.Summary, new Uri(url), url, e.Updated);
                if (e.Published is { } p)
                {
                    item.PublishDate = new DateTimeOffset(p.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                }

                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(http.Request.GetEncodedUrlWithoutQuery()), "self", null, "application/atom+xml", 0));

        var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return Results.Bytes(output.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static string GetEncodedUrlWithoutQuery(this HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
}
