using AmnestyArchive.Core.Citing;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>BibTeX, RIS and CSL-JSON downloads: <c>/s/{id}/cite.bib|ris|json</c> and the same under <c>/q/{id}</c>.</summary>
public static class CiteEndpoints
{
    public static void MapCiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/s/{publicId}/cite.{format}", async (string publicId, string format, HttpContext http, ArchiveDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var statement = await Pages.Statements.ShowModel.FindPublicAsync(db, publicId, ct);
            if (statement is null || statement.Status != StatementStatus.Published)
            {
                return Results.NotFound();
            }

            CacheTags.Add(http, CacheTags.Statement(statement.PublicId));
            var work = Pages.Statements.ShowModel.CitableOf(statement, PublicUrls.Statement(http.Request, statement.PublicId), Today(clock));
            return Download(work, format);
        }).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();

        app.MapGet("/q/{publicId}/cite.{format}", async (string publicId, string format, HttpContext http, ArchiveDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var quote = await db.Quotes.AsNoTracking()
                .Where(q => q.PublicId == publicId && q.Statement!.Status == StatementStatus.Published)
                .Select(q => new
                {
                    q.Text, Speaker = q.Person != null ? q.Person.Name : null, q.Statement!.PublicId, q.Statement.Title,
                    q.Statement.Publisher, q.Statement.PublishedOn, q.Statement.Language,
                })
                .FirstOrDefaultAsync(ct);
            if (quote is null)
            {
                return Results.NotFound();
            }

            CacheTags.Add(http, CacheTags.Statement(quote.PublicId));
            var work = new CitableWork("q-" + publicId, CitableKind.Quote, quote.Text, quote.Publisher, quote.Speaker,
                quote.Title ?? "Untitled statement", quote.PublishedOn, PublicUrls.Quote(http.Request, publicId), Today(clock), quote.Language);
            return Download(work, format);
        }).CacheOutput(PublicPagePolicy.Name).ExcludeFromDescription();
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static IResult Download(CitableWork work, string format) => format switch
    {
        "bib" => Results.Text(BibTexFormatter.Format(work), "application/x-bibtex; charset=utf-8"),
        "ris" => Results.Text(RisFormatter.Format(work), "application/x-research-info-systems; charset=utf-8"),
        "json" => Results.Text(CslJsonFormatter.Format(work), "application/vnd.citationstyles.csl+json; charset=utf-8"),
        _ => Results.NotFound(),
    };
}
