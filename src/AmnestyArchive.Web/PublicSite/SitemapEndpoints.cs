using System.Globalization;
using System.Text;
using System.Xml;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// The sitemap (sitemaps.org) and <c>robots.txt</c>. A sitemap file may hold 50,000 URLs, and the
/// archive has more permanent pages than that, so <c>/sitemap.xml</c> is an index:
/// <list type="bullet">
/// <item><c>/sitemaps/pages.xml</c>: the home page, the browse lists and every speaker, instrument,
/// provision, addressee, tag and country page;</item>
/// <item><c>/sitemaps/statements-N.xml</c>, <c>quotes-N.xml</c>, <c>demands-N.xml</c>: the
/// published statements, and the live quotes and demands of published statements, whose ids fall
/// in the N-th block of <see cref="ChunkSize"/> ids.</item>
/// </list>
/// A file is named by an id range, not by a position in a list, so that publishing a statement
/// never moves the others to another file; the index names only the files that hold a URL.
/// </summary>
public static class SitemapEndpoints
{
    /// <summary>Ids per file: a file holds at most this many URLs (well under the 50,000 allowed).</summary>
    public const int ChunkSize = 10_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] Lists = ["/statements", "/speakers", "/law", "/addressees", "/tags", "/countries"];

    private sealed record Url(string Path, DateTimeOffset? Modified);

    /// <summary>A file: the kind of its pages (a search-entry kind) and its number, from 1.</summary>
    private sealed record ChunkRef(string Kind, int Number);

    public static void MapSitemapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            // The search projection holds exactly the published statements and the live quotes and
            // demands of published statements, keyed by (kind, id): a block of ids has a file when
            // one probe of that key finds a row in it (2 ms over 100,000 statements, where grouping
            // the tables took seconds).
            var chunks = await db.Database.SqlQuery<ChunkRef>($"""
                SELECT k.kind::text AS "Kind", n + 1 AS "Number"
                  FROM (VALUES ('s'::character(1)), ('q'), ('d')) AS k(kind)
                 CROSS JOIN LATERAL generate_series(0, (SELECT (max(e.item_id) - 1) / {ChunkSize} FROM search_entries e WHERE e.kind = k.kind)) AS n
                 WHERE EXISTS (SELECT 1 FROM search_entries e
                                WHERE e.kind = k.kind AND e.item_id BETWEEN n * {ChunkSize} + 1 AND (n + 1) * {ChunkSize})
                """).ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Lists);

            var root = PublicUrls.Base(http.Request);
            return Xml(xml =>
            {
                xml.WriteStartElement("sitemapindex", Namespace);
                Sitemap(xml, $"{root}/sitemaps/pages.xml");
                foreach (var (kind, file) in new[] { ("s", "statements"), ("q", "quotes"), ("d", "demands") })
                {
                    foreach (var chunk in chunks.Where(c => c.Kind == kind).OrderBy(c => c.Number))
                    {
                        Sitemap(xml, $"{root}/sitemaps/{file}-{chunk.Number}.xml");
                    }
                }

                xml.WriteEndElement();
            });
        }).CacheOutput(PublicPagePolicy.Name);

        app.MapGet("/sitemaps/pages.xml", async (HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var urls = new List<Url> { new("/", null) };
            urls.AddRange(Lists.Select(p => new Url(p, null)));
            urls.AddRange((await db.Persons.AsNoTracking().OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(ct))
                .Select(slug => new Url("/speakers/" + slug, null)));
            urls.AddRange((await db.Instruments.AsNoTracking().Where(i => i.MergedIntoId == null).OrderBy(i => i.Slug).Select(i => i.Slug).ToListAsync(ct))
                .Select(slug => new Url("/law/" + slug, null)));
            urls.AddRange((await db.Provisions.AsNoTracking().Where(p => p.Instrument!.MergedIntoId == null)
                    .OrderBy(p => p.Instrument!.Slug).ThenBy(p => p.Slug).Select(p => new { Instrument = p.Instrument!.Slug, p.Slug }).ToListAsync(ct))
                .Select(p => new Url($"/law/{p.Instrument}/{p.Slug}", null)));
            urls.AddRange((await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null).OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(ct))
                .Select(slug => new Url("/addressees/" + slug, null)));
            urls.AddRange((await db.Tags.AsNoTracking().OrderBy(t => t.Vocabulary!.Slug).ThenBy(t => t.Slug)
                    .Select(t => new { Vocabulary = t.Vocabulary!.Slug, t.Slug }).ToListAsync(ct))
                .Select(t => new Url($"/tags/{t.Vocabulary}/{t.Slug}", null)));
            // The countries the country list shows: those with a published statement.
            urls.AddRange((await db.Countries.AsNoTracking()
                    .Where(c => db.StatementCountries.Any(sc => sc.CountryCode == c.Code && sc.Statement!.Status == StatementStatus.Published))
                    .OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(ct))
                .Select(code => new Url("/countries/" + code.Trim().ToLowerInvariant(), null)));
            CacheTags.Add(http, CacheTags.Lists);
            return UrlSet(http, urls);
        }).CacheOutput(PublicPagePolicy.Name);

        MapChunk(app, "statements", (db, first, last) => db.Statements
            .Where(s => s.Id >= first && s.Id <= last && s.Status == StatementStatus.Published)
            .OrderBy(s => s.Id).Select(s => new Url("/s/" + s.PublicId, s.UpdatedAt)));
        MapChunk(app, "quotes", (db, first, last) => db.Quotes
            .Where(q => q.Id >= first && q.Id <= last && q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published)
            .OrderBy(q => q.Id).Select(q => new Url("/q/" + q.PublicId, q.Statement!.UpdatedAt)));
        MapChunk(app, "demands", (db, first, last) => db.Demands
            .Where(d => d.Id >= first && d.Id <= last && d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published)
            .OrderBy(d => d.Id).Select(d => new Url("/d/" + d.PublicId, d.Statement!.UpdatedAt)));

        // Crawlers are pointed at the sitemap and kept out of the editors' and administrators' pages.
        app.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"""
            User-agent: *
            Disallow: /editor/
            Disallow: /admin/
            Disallow: /account/
            Disallow: /setup

            Sitemap: {PublicUrls.Base(http.Request)}/sitemap.xml

            """, "text/plain; charset=utf-8")).CacheOutput(PublicPagePolicy.Name);
    }

    /// <summary><c>/sitemaps/{file}-N.xml</c>: the pages <paramref name="pages"/> gives for the N-th block of ids; 404 when there are none.</summary>
    private static void MapChunk(IEndpointRouteBuilder app, string file, Func<ArchiveDbContext, int, int, IQueryable<Url>> pages) =>
        app.MapGet($"/sitemaps/{file}-{{chunk:int}}.xml", async (int chunk, HttpContext http, ArchiveDbContext db, CancellationToken ct) =>
        {
            var (first, last) = Range(chunk);
            var urls = await pages(db, first, last).AsNoTracking().ToListAsync(ct);
            CacheTags.Add(http, CacheTags.Lists);
            return urls.Count == 0 ? Results.NotFound() : UrlSet(http, urls);
        }).CacheOutput(PublicPagePolicy.Name);

    /// <summary>The ids of the <paramref name="chunk"/>-th file (from 1); a number out of range names no ids.</summary>
    public static (int First, int Last) Range(int chunk) =>
        chunk < 1 || chunk > int.MaxValue / ChunkSize ? (0, -1) : ((chunk - 1) * ChunkSize + 1, chunk * ChunkSize);

    /// <summary>
    /// A file of the index. It has no <c>lastmod</c>, which is optional: finding each block's newest
    /// change means reading every row; the pages in the files carry theirs.
    /// </summary>
    private static void Sitemap(XmlWriter xml, string loc)
    {
        xml.WriteStartElement("sitemap", Namespace);
        xml.WriteElementString("loc", Namespace, loc);
        xml.WriteEndElement();
    }

    private static IResult UrlSet(HttpContext http, IReadOnlyList<Url> urls)
    {
        var root = PublicUrls.Base(http.Request);
        return Xml(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var url in urls)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, root + url.Path);
                if (url.Modified is { } m)
                {
                    xml.WriteElementString("lastmod", Namespace, W3CDate(m));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
    }

    /// <summary>The W3C datetime sitemaps ask for, in UTC to the second.</summary>
    private static string W3CDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            write(xml);
        }

        return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }
}
