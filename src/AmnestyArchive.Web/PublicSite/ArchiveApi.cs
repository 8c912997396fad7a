using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// The read-only JSON API under <c>/api/v1/</c>, described at <c>/openapi/v1.json</c> and
/// readable at <c>/api</c>. Only published content appears; withdrawn statements answer 410.
/// </summary>
public static class ArchiveApi
{
    private const int PageSize = 50;

    public static void MapArchiveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").CacheOutput(PublicPagePolicy.Name);

        api.MapGet("/statements", ListStatementsAsync).WithName("ListStatements").WithTags("Statements")
            .WithSummary("Published statements, newest first");
        api.MapGet("/statements/{id}", GetStatementAsync).WithName("GetStatement").WithTags("Statements")
            .WithSummary("A statement with its blocks, quotes, citations and demands");
        api.MapGet("/statements/{id}/annotations", GetStatementAnnotationsAsync).WithName("GetStatementAnnotations").WithTags("Web Annotations")
            .WithSummary("The statement's quotes and their tags as a W3C Web Annotation collection")
            .Produces<JsonObject>(StatusCodes.Status200OK, AnnotationContentType).Produces(StatusCodes.Status404NotFound);
        api.MapGet("/quotes/{id}", GetQuoteAsync).WithName("GetQuote").WithTags("Quotes").WithSummary("A quote");
        api.MapGet("/quotes/{id}/annotation", GetQuoteAnnotationAsync).WithName("GetQuoteAnnotation").WithTags("Web Annotations")
            .WithSummary("A quote and its tags as a W3C Web Annotation")
            .Produces<JsonObject>(StatusCodes.Status200OK, AnnotationContentType).Produces(StatusCodes.Status404NotFound);
        api.MapGet("/demands/{id}", GetDemandAsync).WithName("GetDemand").WithTags("Demands").WithSummary("A demand");
        api.MapGet("/citations", ListCitationsAsync).WithName("ListCitations").WithTags("Citations")
            .WithSummary("Citations in published statements, optionally of one instrument and provision");
        api.MapGet("/speakers", ListSpeakersAsync).WithName("ListSpeakers").WithTags("Entities").WithSummary("Speakers with their quote counts");
        api.MapGet("/speakers/{slug}", GetSpeakerAsync).WithName("GetSpeaker").WithTags("Entities").WithSummary("A speaker and their latest quotes");
        api.MapGet("/instruments", ListInstrumentsAsync).WithName("ListInstruments").WithTags("Entities").WithSummary("Legal instruments with citation counts");
        api.MapGet("/instruments/{slug}", GetInstrumentAsync).WithName("GetInstrument").WithTags("Entities").WithSummary("An instrument and its provisions");
        api.MapGet("/actors", ListActorsAsync).WithName("ListActors").WithTags("Entities").WithSummary("Addressees with demand counts");
        api.MapGet("/actors/{slug}", GetActorAsync).WithName("GetActor").WithTags("Entities").WithSummary("An addressee and the latest demands made of it");
        api.MapGet("/tags", ListTagsAsync).WithName("ListTags").WithTags("Entities").WithSummary("Tags of every vocabulary");
        api.MapGet("/search", SearchAsync).WithName("Search").WithTags("Search")
            .WithSummary("Full-text search (websearch syntax) over statements, quotes or demands, with facets");
    }

    public const string AnnotationContentType = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

    // ---- Records: the API's public shapes.
    public sealed record Link(string Slug, string Name, string Url);
    public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
    public sealed record StatementSummary(string Id, string Url, string? Title, string Publisher, DateOnly? PublishedOn, string Language);
    public sealed record BlockItem(string Anchor, string Kind, string Text, int Start, int End);
    public sealed record QuoteItem(string Id, string Url, string Text, Link? Speaker, string? SpeakerRole, string Kind, int Start, int End,
        string StatementId, IReadOnlyList<Link> Tags, DateTimeOffset? RemovedAt);
    public sealed record CitationItem(string Surface, Link? Instrument, Link? Provision, string? Pinpoint, int Start, int End, string StatementId);
    public sealed record DemandItem(string Id, string Url, string Text, Link? Addressee, Link? Speaker, int Start, int End,
        string StatementId, IReadOnlyList<Link> Tags, DateTimeOffset? RemovedAt);
    public sealed record RevisionItem(int Number, DateTimeOffset CreatedAt, string Sha256, string Url);
    public sealed record StatementDetail(string Id, string Url, string? Title, string Publisher, DateOnly? PublishedOn, string Language,
        string? SourceUrl, string OriginalSha256, DateTimeOffset ImportedAt, int CurrentRevision, IReadOnlyList<BlockItem> Blocks,
        IReadOnlyList<QuoteItem> Quotes, IReadOnlyList<CitationItem> Citations, IReadOnlyList<DemandItem> Demands,
        IReadOnlyList<string> Countries, IReadOnlyList<RevisionItem> Revisions, IReadOnlyList<StatementSummary> Translations);
    public sealed record EntityCount(string Slug, string Name, string Url, int Count);
    public sealed record SpeakerDetail(string Slug, string Name, IReadOnlyList<string> NameVariants, IReadOnlyList<string> Roles, IReadOnlyList<QuoteItem> LatestQuotes);
    public sealed record InstrumentDetail(string Slug, string Name, string? Abbreviation, string Type, string? AdoptingBody, int? Year, IReadOnlyList<Link> Provisions);
    public sealed record ActorDetail(string Slug, string Name, string? Kind, string? CountryCode, IReadOnlyList<DemandItem> LatestDemands);
    public sealed record TagItem(string Vocabulary, string Slug, string Label, string? Parent, string Url);
    public sealed record SearchResponse(string? Q, string Scope, int Page, int PageSize, int Total, IReadOnlyList<SearchHit> Hits,
        IReadOnlyList<Facet> Facets, IReadOnlyList<NameMatch> NameMatches);

    private static string Root(HttpContext http) => PublicUrls.Base(http.Request);

    private static IQueryable<Statement> Published(ArchiveDbContext db) =>
        db.Statements.AsNoTracking().Where(s => s.Status == StatementStatus.Published);

    private static async Task<Ok<PageOf<StatementSummary>>> ListStatementsAsync(HttpContext http, ArchiveDbContext db, int? page, CancellationToken ct)
    {
        var p = Paging.Clamp(page);
        var root = Root(http);
        var total = await Published(db).CountAsync(ct);
        var items = await Published(db).OrderByDescending(s => s.PublishedOn).ThenByDescending(s => s.Id)
            .Skip((p - 1) * PageSize).Take(PageSize)
            .Select(s => new StatementSummary(s.PublicId, root + "/s/" + s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language))
            .ToListAsync(ct);
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok(new PageOf<StatementSummary>(items, p, PageSize, total));
    }

    private static async Task<Results<Ok<StatementDetail>, NotFound, ProblemHttpResult>> GetStatementAsync(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var header = await Pages.Statements.ShowModel.FindPublicAsync(db, id, ct);
        if (header is null)
        {
            return TypedResults.NotFound();
        }

        CacheTags.Add(http, CacheTags.Statement(header.PublicId));
        if (header.Status == StatementStatus.Withdrawn)
        {
            return Gone(header.WithdrawnAt, header.WithdrawalReason);
        }

        var root = Root(http);
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.StatementId == header.Id).OrderBy(b => b.Ordinal)
            .Select(b => new BlockItem(b.Anchor, b.Kind.ToString(), b.Text, b.Start, b.End)).ToListAsync(ct);
        var quotes = await Quotes(db, root, q => q.StatementId == header.Id && q.RemovedAt == null).ToListAsync(ct);
        var citations = await db.Citations.AsNoTracking().Where(c => c.StatementId == header.Id).OrderBy(c => c.Ordinal)
            .Select(c => new CitationItem(c.Surface,
                c.Instrument == null ? null : new Link(c.Instrument.Slug, c.Instrument.Name, root + "/law/" + c.Instrument.Slug),
                c.Provision == null ? null : new Link(c.Provision.Slug, c.Provision.Label, root + "/law/" + c.Instrument!.Slug + "/" + c.Provision.Slug),
                c.Pinpoint, c.Start, c.End, header.PublicId))
            .ToListAsync(ct);
        var demands = await Demands(db, root, d => d.StatementId == header.Id && d.RemovedAt == null).ToListAsync(ct);
        var countries = await db.StatementCountries.AsNoTracking().Where(c => c.StatementId == header.Id).Select(c => c.CountryCode).ToListAsync(ct);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.StatementId == header.Id).OrderBy(r => r.Number)
            .Select(r => new RevisionItem(r.Number, r.CreatedAt, r.Sha256, root + "/s/" + header.PublicId + "/r/" + r.Number)).ToListAsync(ct);
        var originalId = header.TranslationOfId ?? header.Id;
        var translations = await Published(db).Where(s => s.Id != header.Id && (s.Id == originalId || s.TranslationOfId == originalId))
            .Select(s => new StatementSummary(s.PublicId, root + "/s/" + s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language)).ToListAsync(ct);
        return TypedResults.Ok(new StatementDetail(header.PublicId, root + "/s/" + header.PublicId, header.Title, header.Publisher,
            header.PublishedOn, header.Language, header.SourceUrl, header.OriginalSha256, header.ImportedAt, header.CurrentRevision,
            blocks, quotes.Select(q => q.Item).ToList(), citations, demands.Select(d => d.Item).ToList(),
            countries.Select(c => c.Trim()).ToList(), revisions, translations));
    }

    private static ProblemHttpResult Gone(DateTimeOffset? at, string? reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "This statement has been withdrawn",
            detail: reason, extensions: new Dictionary<string, object?> { ["withdrawnAt"] = at });

    private sealed record QuoteRow(int StatementId, DateTimeOffset? RemovedAt, DateOnly? PublishedOn, int Id, QuoteItem Item);

    private static IQueryable<QuoteRow> Quotes(ArchiveDbContext db, string root, Expression<Func<Quote, bool>> where) =>
        db.Quotes.AsNoTracking().Where(q => q.Statement!.Status == StatementStatus.Published).Where(where).OrderBy(q => q.Ordinal)
            .Select(q => new QuoteRow(q.StatementId, q.RemovedAt, q.Statement!.PublishedOn, q.Id, new QuoteItem(q.PublicId, root + "/q/" + q.PublicId, q.Text,
                q.Person == null ? null : new Link(q.Person.Slug, q.Person.Name, root + "/speakers/" + q.Person.Slug),
                q.SpeakerRole, q.Kind.ToString(), q.Start, q.End, q.Statement.PublicId,
                q.Tags.Select(t => new Link(t.Tag!.Vocabulary!.Slug + "/" + t.Tag.Slug, t.Tag.Label, root + "/tags/" + t.Tag.Vocabulary.Slug + "/" + t.Tag.Slug)).ToList(),
                q.RemovedAt)));

    private sealed record DemandRow(int StatementId, DateTimeOffset? RemovedAt, DateOnly? PublishedOn, int Id, DemandItem Item);

    private static IQueryable<DemandRow> Demands(ArchiveDbContext db, string root, Expression<Func<Demand, bool>> where) =>
        db.Demands.AsNoTracking().Where(d => d.Statement!.Status == StatementStatus.Published).Where(where).OrderBy(d => d.Ordinal)
            .Select(d => new DemandRow(d.StatementId, d.RemovedAt, d.Statement!.PublishedOn, d.Id, new DemandItem(d.PublicId, root + "/d/" + d.PublicId, d.Text,
                d.Actor == null ? null : new Link(d.Actor.Slug, d.Actor.Name, root + "/addressees/" + d.Actor.Slug),
                d.Speaker == null ? null : new Link(d.Speaker.Slug, d.Speaker.Name, root + "/speakers/" + d.Speaker.Slug),
                d.Start, d.End, d.Statement.PublicId,
                d.Tags.Select(t => new Link(t.Tag!.Vocabulary!.Slug + "/" + t.Tag.Slug, t.Tag.Label, root + "/tags/" + t.Tag.Vocabulary.Slug + "/" + t.Tag.Slug)).ToList(),
                d.RemovedAt)));

    private static async Task<Results<Ok<QuoteItem>, NotFound>> GetQuoteAsync(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var quote = await Quotes(db, Root(http), q => q.PublicId == id).Select(q => q.Item).FirstOrDefaultAsync(ct);
        if (quote is null)
        {
            return TypedResults.NotFound();
        }

        CacheTags.Add(http, CacheTags.Statement(quote.StatementId));
        return TypedResults.Ok(quote);
    }

    private static async Task<Results<Ok<DemandItem>, NotFound>> GetDemandAsync(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var demand = await Demands(db, Root(http), d => d.PublicId == id).Select(d => d.Item).FirstOrDefaultAsync(ct);
        if (demand is null)
        {
            return TypedResults.NotFound();
        }

        CacheTags.Add(http, CacheTags.Statement(demand.StatementId));
        return TypedResults.Ok(demand);
    }

    private static async Task<Ok<PageOf<CitationItem>>> ListCitationsAsync(HttpContext http, ArchiveDbContext db, string? instrument, string? provision, int? page, CancellationToken ct)
    {
        var p = Paging.Clamp(page);
        var root = Root(http);
        var citations = db.Citations.AsNoTracking().Where(c => c.Statement!.Status == StatementStatus.Published);
        if (!string.IsNullOrEmpty(instrument))
        {
            citations = citations.Where(c => c.Instrument!.Slug == instrument);
        }

        if (!string.IsNullOrEmpty(provision))
        {
            citations = citations.Where(c => c.Provision!.Slug == provision);
        }

        var total = await citations.CountAsync(ct);
        var items = await citations.OrderByDescending(c => c.Statement!.PublishedOn).ThenByDescending(c => c.Id)
            .Skip((p - 1) * PageSize).Take(PageSize)
            .Select(c => new CitationItem(c.Surface,
                c.Instrument == null ? null : new Link(c.Instrument.Slug, c.Instrument.Name, root + "/law/" + c.Instrument.Slug),
                c.Provision == null ? null : new Link(c.Provision.Slug, c.Provision.Label, root + "/law/" + c.Instrument!.Slug + "/" + c.Provision.Slug),
                c.Pinpoint, c.Start, c.End, c.Statement!.PublicId))
            .ToListAsync(ct);
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok(new PageOf<CitationItem>(items, p, PageSize, total));
    }

    private static async Task<Ok<IReadOnlyList<EntityCount>>> ListSpeakersAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var root = Root(http);
        var counts = await EntityCounts.QuotesBySpeakerAsync(db, ct);
        var persons = await db.Persons.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Slug, p.Name }).ToListAsync(ct);
        var items = persons.Where(p => counts.ContainsKey(p.Id))
            .Select(p => new EntityCount(p.Slug, p.Name, root + "/speakers/" + p.Slug, counts[p.Id])).ToList();
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok<IReadOnlyList<EntityCount>>(items);
    }

    private static async Task<Results<Ok<SpeakerDetail>, NotFound>> GetSpeakerAsync(string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.NameVariants, Roles = p.Roles.Select(r => r.Title).ToList() }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return TypedResults.NotFound();
        }

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.PersonId == person.Id && q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published)
            .OrderByDescending(q => q.Statement!.PublishedOn).ThenByDescending(q => q.Id).Take(PageSize).Select(q => q.Id).ToListAsync(ct);
        var items = (await Quotes(db, Root(http), q => quotes.Contains(q.Id)).ToListAsync(ct))
            .OrderByDescending(q => q.PublishedOn).ThenByDescending(q => q.Id).Select(q => q.Item).ToList();
        CacheTags.Add(http, CacheTags.Person(slug));
        return TypedResults.Ok(new SpeakerDetail(person.Slug, person.Name, person.NameVariants, person.Roles, items));
    }

    private static async Task<Ok<IReadOnlyList<EntityCount>>> ListInstrumentsAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var root = Root(http);
        var counts = await EntityCounts.CitationsByInstrumentAsync(db, ct);
        var items = (await db.Instruments.AsNoTracking().Where(i => i.MergedIntoId == null).Select(i => new { i.Id, i.Slug, i.Name }).ToListAsync(ct))
            .Select(i => new EntityCount(i.Slug, i.Name, root + "/law/" + i.Slug, counts.GetValueOrDefault(i.Id)))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok<IReadOnlyList<EntityCount>>(items);
    }

    private static async Task<Results<Ok<InstrumentDetail>, NotFound>> GetInstrumentAsync(string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var root = Root(http);
        var instrument = await db.Instruments.AsNoTracking().Where(i => i.Slug == slug)
            .Select(i => new InstrumentDetail(i.Slug, i.Name, i.Abbreviation, i.Type.ToString(), i.AdoptingBody, i.Year,
                i.Provisions.OrderBy(p => p.Label).Select(p => new Link(p.Slug, p.Label, root + "/law/" + i.Slug + "/" + p.Slug)).ToList()))
            .FirstOrDefaultAsync(ct);
        if (instrument is null)
        {
            return TypedResults.NotFound();
        }

        CacheTags.Add(http, CacheTags.Instrument(slug));
        return TypedResults.Ok(instrument);
    }

    private static async Task<Ok<IReadOnlyList<EntityCount>>> ListActorsAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var root = Root(http);
        var counts = await EntityCounts.DemandsByActorAsync(db, ct);
        var items = (await db.Actors.AsNoTracking().Where(a => a.MergedIntoId == null).Select(a => new { a.Id, a.Slug, a.Name }).ToListAsync(ct))
            .Select(a => new EntityCount(a.Slug, a.Name, root + "/addressees/" + a.Slug, counts.GetValueOrDefault(a.Id)))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok<IReadOnlyList<EntityCount>>(items);
    }

    private static async Task<Results<Ok<ActorDetail>, NotFound>> GetActorAsync(string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var actor = await db.Actors.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Slug, a.Name, a.Kind, a.CountryCode }).FirstOrDefaultAsync(ct);
        if (actor is null)
        {
            return TypedResults.NotFound();
        }

        var demands = await db.Demands.AsNoTracking().Where(d => d.ActorId == actor.Id && d.RemovedAt == null && d.Statement!.Status == StatementStatus.Published)
            .OrderByDescending(d => d.Statement!.PublishedOn).ThenByDescending(d => d.Id).Take(PageSize).Select(d => d.Id).ToListAsync(ct);
        var items = (await Demands(db, Root(http), d => demands.Contains(d.Id)).ToListAsync(ct))
            .OrderByDescending(d => d.PublishedOn).ThenByDescending(d => d.Id).Select(d => d.Item).ToList();
        CacheTags.Add(http, CacheTags.Actor(slug));
        return TypedResults.Ok(new ActorDetail(actor.Slug, actor.Name, actor.Kind, actor.CountryCode?.Trim(), items));
    }

    private static async Task<Ok<IReadOnlyList<TagItem>>> ListTagsAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var root = Root(http);
        var items = await db.Tags.AsNoTracking().OrderBy(t => t.Vocabulary!.Slug).ThenBy(t => t.Label)
            .Select(t => new TagItem(t.Vocabulary!.Slug, t.Slug, t.Label, t.Parent == null ? null : t.Parent.Slug,
                root + "/tags/" + t.Vocabulary.Slug + "/" + t.Slug))
            .ToListAsync(ct);
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok<IReadOnlyList<TagItem>>(items);
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(HttpContext http, ArchiveSearch search, string? q, string? scope, string? publisher,
        int? year, string? language, string? country, string? speaker, string? instrument, string? addressee, string? tag, int? page, CancellationToken ct)
    {
        if (q?.Trim().Length > SearchQuery.MaxWordsLength)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
                detail: $"The words to search for (q) are limited to {SearchQuery.MaxWordsLength} characters.");
        }

        var results = await search.SearchAsync(new SearchQuery(q, SearchScopes.Normalize(scope), publisher, year, language, country,
            speaker, instrument, addressee, tag, Paging.Clamp(page)), ct);
        CacheTags.Add(http, CacheTags.Lists);
        return TypedResults.Ok(new SearchResponse(results.Query.Q, results.Query.Scope, results.Query.Page, results.PageSize, results.Total,
            results.Hits, results.Facets, results.NameMatches));
    }

    // ---- W3C Web Annotation (https://www.w3.org/TR/annotation-model/)

    private const int SelectorContext = 32;

    private static async Task<IResult> GetQuoteAnnotationAsync(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var quote = await db.Quotes.AsNoTracking().Where(q => q.PublicId == id && q.RemovedAt == null && q.Statement!.Status == StatementStatus.Published)
            .Select(q => new { q.StatementId, q.Statement!.PublicId }).FirstOrDefaultAsync(ct);
        if (quote is null)
        {
            return Results.NotFound();
        }

        var annotations = await AnnotationsAsync(db, Root(http), quote.StatementId, id, ct);
        CacheTags.Add(http, CacheTags.Statement(quote.PublicId));
        var annotation = annotations.Single();
        annotation["@context"] = "http://www.w3.org/ns/anno.jsonld";
        return JsonLdResult(annotation);
    }

    private static async Task<IResult> GetStatementAnnotationsAsync(string id, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var header = await Pages.Statements.ShowModel.FindPublicAsync(db, id, ct);
        if (header is null || header.Status != StatementStatus.Published)
        {
            return Results.NotFound();
        }

        var root = Root(http);
        var annotations = await AnnotationsAsync(db, root, header.Id, null, ct);
        CacheTags.Add(http, CacheTags.Statement(header.PublicId));
        var collection = new JsonObject
        {
            ["@context"] = "http://www.w3.org/ns/anno.jsonld",
            ["id"] = $"{root}/api/v1/statements/{header.PublicId}/annotations",
            ["type"] = "AnnotationCollection",
            ["label"] = "Quotes in " + header.DisplayTitle,
            ["total"] = annotations.Count,
            ["first"] = new JsonObject
            {
                ["id"] = $"{root}/api/v1/statements/{header.PublicId}/annotations?page=1",
                ["type"] = "AnnotationPage",
                ["items"] = new JsonArray(annotations.Cast<JsonNode>().ToArray()),
            },
        };
        return JsonLdResult(collection);
    }

    private static IResult JsonLdResult(JsonObject node) =>
        Results.Text(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), AnnotationContentType);

    /// <summary>
    /// One annotation per quote: the target is the statement's canonical URL, selected by the quote's
    /// exact words with 32 characters of context either side, and by its offsets in the normalised text.
    /// </summary>
    private static async Task<List<JsonObject>> AnnotationsAsync(ArchiveDbContext db, string root, int statementId, string? onlyQuote, CancellationToken ct)
    {
        var statement = await db.Statements.AsNoTracking().Where(s => s.Id == statementId)
            .Select(s => new { s.PublicId, s.NormalizedText, s.Language, s.PublishedAt }).SingleAsync(ct);
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.StatementId == statementId && q.RemovedAt == null && (onlyQuote == null || q.PublicId == onlyQuote))
            .OrderBy(q => q.Ordinal)
            .Select(q => new
            {
                q.PublicId, q.Start, q.End, q.SpeakerRole,
                Person = q.Person == null ? null : new { q.Person.Slug, q.Person.Name },
                Tags = q.Tags.Select(t => new { Vocabulary = t.Tag!.Vocabulary!.Slug, t.Tag.Slug, t.Tag.Label }).ToList(),
            })
            .ToListAsync(ct);
        var text = statement.NormalizedText;
        var source = $"{root}/s/{statement.PublicId}";
        return quotes.Select(q =>
        {
            var start = Math.Clamp(q.Start, 0, text.Length);
            var end = Math.Clamp(q.End, start, text.Length);
            var bodies = new JsonArray();
            if (q.Person is not null)
            {
                bodies.Add(new JsonObject
                {
                    ["type"] = "SpecificResource",
                    ["purpose"] = "identifying",
                    ["source"] = $"{root}/speakers/{q.Person.Slug}",
                });
                bodies.Add(new JsonObject
                {
                    ["type"] = "TextualBody",
                    ["purpose"] = "describing",
                    ["value"] = q.SpeakerRole is null ? $"Quote by {q.Person.Name}" : $"Quote by {q.Person.Name}, {q.SpeakerRole}",
                    ["format"] = "text/plain",
                    ["language"] = "en",
                });
            }

            foreach (var tag in q.Tags)
            {
                bodies.Add(new JsonObject
                {
                    ["type"] = "TextualBody",
                    ["purpose"] = "tagging",
                    ["value"] = tag.Label,
                    ["id"] = $"{root}/tags/{tag.Vocabulary}/{tag.Slug}",
                });
            }

            return new JsonObject
            {
                ["id"] = $"{root}/api/v1/quotes/{q.PublicId}/annotation",
                ["type"] = "Annotation",
                ["motivation"] = q.Tags.Count > 0 ? "tagging" : "identifying",
                ["created"] = statement.PublishedAt?.ToString("o"),
                ["canonical"] = $"{root}/q/{q.PublicId}",
                ["body"] = bodies,
                ["target"] = new JsonObject
                {
                    ["source"] = source,
                    ["type"] = "Text",
                    ["language"] = statement.Language,
                    ["selector"] = new JsonArray(
                        new JsonObject
                        {
                            ["type"] = "TextQuoteSelector",
                            ["exact"] = text[start..end],
                            ["prefix"] = text[Math.Max(0, start - SelectorContext)..start],
                            ["suffix"] = text[end..Math.Min(text.Length, end + SelectorContext)],
                        },
                        new JsonObject { ["type"] = "TextPositionSelector", ["start"] = start, ["end"] = end }),
                },
            };
        }).ToList();
    }
}
