using System.Globalization;
using System.Text.Json.Nodes;
using AmnestyArchive.Core.Citing;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Statements;

/// <summary>
/// The statement page at its permanent URL <c>/s/{publicId}</c>. Published statements only;
/// a withdrawn one answers 410 Gone with a tombstone (ADR 0005); drafts do not exist publicly.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db, TimeProvider clock) : PageModel
{
    public StatementHeader Statement { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";
    public IReadOnlyList<SpeakerItem> Speakers { get; private set; } = [];
    public IReadOnlyList<InstrumentItem> Instruments { get; private set; } = [];
    public IReadOnlyList<LinkItem> Addressees { get; private set; } = [];
    public IReadOnlyList<TagItem> Tags { get; private set; } = [];
    public IReadOnlyList<LinkItem> Countries { get; private set; } = [];
    public IReadOnlyList<RevisionItem> Revisions { get; private set; } = [];
    public IReadOnlyList<TranslationItem> Translations { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";
    public string Reference { get; private set; } = "";
    public string JsonLdScript { get; private set; } = "";

    public bool IsWithdrawn => Statement.Status == StatementStatus.Withdrawn;

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken cancellationToken)
    {
        var statement = await FindPublicAsync(db, publicId, cancellationToken);
        if (statement is null)
        {
            return NotFound();
        }

        Statement = statement;
        CanonicalUrl = PublicUrls.Statement(Request, statement.PublicId);
        CacheTags.Add(HttpContext, CacheTags.Statement(statement.PublicId));
        if (IsWithdrawn)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var id = statement.Id;
        var blocks = await db.Blocks.AsNoTracking().Where(b => b.StatementId == id).OrderBy(b => b.Ordinal)
            .Select(b => new TextBlock(b.Anchor, b.Kind, b.Text, b.Start)).ToListAsync(cancellationToken);
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.StatementId == id && q.RemovedAt == null).OrderBy(q => q.Ordinal)
            .Select(q => new { q.PublicId, q.Start, q.End, q.SpeakerRole, Name = q.Person != null ? q.Person.Name : null, Slug = q.Person != null ? q.Person.Slug : null })
            .ToListAsync(cancellationToken);
        var citations = await db.Citations.AsNoTracking().Where(c => c.StatementId == id).OrderBy(c => c.Ordinal)
            .Select(c => new
            {
                c.Start, c.End, c.Surface,
                InstrumentSlug = c.Instrument != null ? c.Instrument.Slug : null,
                InstrumentName = c.Instrument != null ? c.Instrument.Name : null,
                ProvisionSlug = c.Provision != null ? c.Provision.Slug : null,
                ProvisionLabel = c.Provision != null ? c.Provision.Label : null,
            })
            .ToListAsync(cancellationToken);
        var demands = await db.Demands.AsNoTracking().Where(d => d.StatementId == id && d.RemovedAt == null).OrderBy(d => d.Ordinal)
            .Select(d => new { d.PublicId, d.Start, d.End, ActorName = d.Actor != null ? d.Actor.Name : null, ActorSlug = d.Actor != null ? d.Actor.Slug : null })
            .ToListAsync(cancellationToken);

        var spans = new List<MarkedSpan>();
        spans.AddRange(quotes.Select(q => new MarkedSpan("quote", q.Start, q.End, "/q/" + q.PublicId, "Quote" + (q.Name is null ? "" : " by " + q.Name))));
        spans.AddRange(citations.Select(c => new MarkedSpan("citation", c.Start, c.End,
            c.InstrumentSlug is null ? null : c.ProvisionSlug is null ? "/law/" + c.InstrumentSlug : $"/law/{c.InstrumentSlug}/{c.ProvisionSlug}",
            "Citation: " + (c.InstrumentName is null ? c.Surface : c.ProvisionLabel is null ? c.InstrumentName : $"{c.ProvisionLabel}, {c.InstrumentName}"))));
        spans.AddRange(demands.Select(d => new MarkedSpan("demand", d.Start, d.End, "/d/" + d.PublicId, "Demand" + (d.ActorName is null ? "" : " of " + d.ActorName))));
        BodyHtml = StatementTextRenderer.Render(blocks, spans);

        Speakers = quotes.Where(q => q.Slug is not null).GroupBy(q => q.Slug!)
            .Select(g => new SpeakerItem(g.Key, g.First().Name!, g.Select(q => q.SpeakerRole).FirstOrDefault(r => r is not null), g.Count()))
            .ToList();
        Instruments = citations.Where(c => c.InstrumentSlug is not null).GroupBy(c => c.InstrumentSlug!)
            .Select(g => new InstrumentItem(g.Key, g.First().InstrumentName!,
                g.Where(c => c.ProvisionSlug is not null).Select(c => new LinkItem(c.ProvisionSlug!, c.ProvisionLabel!)).DistinctBy(p => p.Key).ToList()))
            .ToList();
        Addressees = demands.Where(d => d.ActorSlug is not null).Select(d => new LinkItem(d.ActorSlug!, d.ActorName!)).DistinctBy(a => a.Key).ToList();

        // Quote and demand tags in one round trip (UNION ALL); distinct and ordered here as before.
        var quoteTags = db.QuoteTags.AsNoTracking().Where(t => t.Quote!.StatementId == id && t.Quote.RemovedAt == null)
            .Select(t => new { Vocabulary = t.Tag!.Vocabulary!.Slug, t.Tag.Slug, t.Tag.Label });
        var demandTags = db.DemandTags.AsNoTracking().Where(t => t.Demand!.StatementId == id && t.Demand.RemovedAt == null)
            .Select(t => new { Vocabulary = t.Tag!.Vocabulary!.Slug, t.Tag.Slug, t.Tag.Label });
        Tags = (await quoteTags.Concat(demandTags).ToListAsync(cancellationToken))
            .Select(t => new TagItem(t.Vocabulary, t.Slug, t.Label)).Distinct().OrderBy(t => t.Label).ToList();
        Countries = await db.StatementCountries.AsNoTracking().Where(c => c.StatementId == id)
            .OrderBy(c => c.Country!.Name).Select(c => new LinkItem(c.CountryCode, c.Country!.Name)).ToListAsync(cancellationToken);
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.StatementId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionItem(r.Number, r.CreatedAt, r.Note, r.Sha256)).ToListAsync(cancellationToken);
        var originalId = statement.TranslationOfId ?? id;
        Translations = await db.Statements.AsNoTracking()
            .Where(s => s.Id != id && s.Status == StatementStatus.Published && (s.Id == originalId || s.TranslationOfId == originalId))
            .OrderBy(s => s.Language)
            .Select(s => new TranslationItem(s.PublicId, s.Title, s.Language)).ToListAsync(cancellationToken);

        CacheTags.Add(HttpContext, Speakers.Select(s => CacheTags.Person(s.Slug))
            .Concat(Instruments.Select(i => CacheTags.Instrument(i.Slug)))
            .Concat(Addressees.Select(a => CacheTags.Actor(a.Key)))
            .Concat(Tags.Select(t => CacheTags.Tag(t.Vocabulary, t.Slug)))
            .Concat(Countries.Select(c => CacheTags.Country(c.Key)))
            .Concat(Translations.Select(t => CacheTags.Statement(t.PublicId))));

        var work = CitableOf(statement, CanonicalUrl, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Reference = ReferenceText.Format(work);
        JsonLdScript = JsonLd.Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Report",
            ["@id"] = CanonicalUrl,
            ["url"] = CanonicalUrl,
            ["headline"] = statement.DisplayTitle,
            ["inLanguage"] = statement.Language,
            ["datePublished"] = statement.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = statement.Publisher },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = statement.Publisher },
            ["isBasedOn"] = statement.SourceUrl,
            ["identifier"] = statement.PublicId,
            ["version"] = statement.CurrentRevision,
            ["mentions"] = new JsonArray(Speakers.Select(s => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = s.Name }).ToArray()),
        });
        return Page();
    }

    /// <summary>A published or withdrawn statement; drafts and statements in review are not public.</summary>
    internal static Task<StatementHeader?> FindPublicAsync(ArchiveDbContext db, string publicId, CancellationToken cancellationToken) =>
        db.Statements.AsNoTracking()
            .Where(s => s.PublicId == publicId && (s.Status == StatementStatus.Published || s.Status == StatementStatus.Withdrawn))
            .Select(s => new StatementHeader(s.Id, s.PublicId, s.Title, s.Publisher, s.PublishedOn, s.Language, s.SourceUrl,
                s.OriginalSha256, s.ImportedAt, s.PublishedAt, s.Status, s.WithdrawnAt, s.WithdrawalReason, s.CurrentRevision,
                s.TranslationOfId))
            .FirstOrDefaultAsync(cancellationToken);

    internal static CitableWork CitableOf(StatementHeader s, string url, DateOnly accessed) =>
        new("s-" + s.PublicId, CitableKind.Statement, s.DisplayTitle, s.Publisher, null, null, s.PublishedOn, url, accessed, s.Language);

    public sealed record StatementHeader(int Id, string PublicId, string? Title, string Publisher, DateOnly? PublishedOn, string Language,
        string? SourceUrl, string OriginalSha256, DateTimeOffset ImportedAt, DateTimeOffset? PublishedAt, StatementStatus Status,
        DateTimeOffset? WithdrawnAt, string? WithdrawalReason, int CurrentRevision, int? TranslationOfId)
    {
        public string DisplayTitle => Title ?? "Untitled statement";
    }

    public sealed record SpeakerItem(string Slug, string Name, string? Role, int QuoteCount);
    public sealed record InstrumentItem(string Slug, string Name, IReadOnlyList<LinkItem> Provisions);
    public sealed record LinkItem(string Key, string Label);
    public sealed record TagItem(string Vocabulary, string Slug, string Label);
    public sealed record RevisionItem(int Number, DateTimeOffset CreatedAt, string? Note, string Sha256);
    public sealed record TranslationItem(string PublicId, string? Title, string Language);
}
