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

namespace AmnestyArchive.Web.Pages.Quotes;

/// <summary>
/// A quote's permanent page, <c>/q/{publicId}</c>: the words, the speaker, the paragraph in
/// context, tags, copy with attribution, cite-this and the revisions it appears in. Removed
/// quotes keep resolving, with a notice.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db, TimeProvider clock) : PageModel
{
    public QuoteView Quote { get; private set; } = null!;
    public string ContextHtml { get; private set; } = "";
    public string? ContextAnchor { get; private set; }
    public IReadOnlyList<TagLink> Tags { get; private set; } = [];
    public IReadOnlyList<RevisionWords> Revisions { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";
    public string Attribution { get; private set; } = "";
    public string Reference { get; private set; } = "";
    public string JsonLdScript { get; private set; } = "";

    public bool StatementWithdrawn => Quote.StatementStatus == StatementStatus.Withdrawn;

    /// <summary>Revisions whose snapshot gives this quote different words than the current text.</summary>
    public IEnumerable<RevisionWords> ChangedIn => Revisions.Where(r => r.Words is not null && r.Words != Quote.Text);

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken cancellationToken)
    {
        var quote = await db.Quotes.AsNoTracking()
            .Where(q => q.PublicId == publicId
                        && (q.Statement!.Status == StatementStatus.Published || q.Statement.Status == StatementStatus.Withdrawn))
            .Select(q => new QuoteView(q.Id, q.PublicId, q.Text, q.Person != null ? q.Person.Name : null, q.Person != null ? q.Person.Slug : null,
                q.SpeakerRole, q.Kind, q.Start, q.End, q.FirstBlock, q.LastBlock, q.RemovedAt,
                q.StatementId, q.Statement!.PublicId, q.Statement.Title ?? "Untitled statement", q.Statement.Publisher,
                q.Statement.PublishedOn, q.Statement.Language, q.Statement.Status, q.Statement.WithdrawnAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (quote is null)
        {
            return NotFound();
        }

        Quote = quote;
        CanonicalUrl = PublicUrls.Quote(Request, quote.PublicId);
        CacheTags.Add(HttpContext, CacheTags.Statement(quote.StatementPublicId));
        if (StatementWithdrawn)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var blocks = await db.Blocks.AsNoTracking()
            .Where(b => b.StatementId == quote.StatementId && b.Ordinal >= quote.FirstBlock && b.Ordinal <= quote.LastBlock)
            .OrderBy(b => b.Ordinal).Select(b => new TextBlock(b.Anchor, b.Kind, b.Text, b.Start)).ToListAsync(cancellationToken);
        ContextAnchor = blocks.FirstOrDefault()?.Anchor;
        ContextHtml = quote.RemovedAt is null
            ? StatementTextRenderer.Render(blocks, [new MarkedSpan("quote", quote.Start, quote.End, null, "This quote")])
            : StatementTextRenderer.Render(blocks, []);
        Tags = await db.QuoteTags.AsNoTracking().Where(t => t.QuoteId == quote.Id)
            .Select(t => new TagLink(t.Tag!.Vocabulary!.Slug, t.Tag.Slug, t.Tag.Label)).ToListAsync(cancellationToken);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.StatementId == quote.StatementId).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.CreatedAt, r.SnapshotJson }).ToListAsync(cancellationToken);
        Revisions = revisions.Select(r => new RevisionWords(r.Number, r.CreatedAt, RevisionSnapshots.FindText(r.SnapshotJson, quote.PublicId))).ToList();
        if (quote.PersonSlug is not null)
        {
            CacheTags.Add(HttpContext, CacheTags.Person(quote.PersonSlug));
        }

        var work = new CitableWork("q-" + quote.PublicId, CitableKind.Quote, quote.Text, quote.Publisher, quote.Speaker,
            quote.StatementTitle, quote.PublishedOn, CanonicalUrl, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), quote.Language);
        Reference = ReferenceText.Format(work);
        Attribution = ReferenceText.QuoteWithAttribution(quote.Text, quote.Speaker ?? quote.Publisher, quote.Role, work);
        JsonLdScript = JsonLd.Serialize(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Quotation",
            ["@id"] = CanonicalUrl,
            ["url"] = CanonicalUrl,
            ["text"] = quote.Text,
            ["inLanguage"] = quote.Language,
            ["datePublished"] = quote.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["creator"] = quote.Speaker is null ? null : new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = quote.Speaker,
                ["jobTitle"] = quote.Role,
                ["url"] = $"{PublicUrls.Base(Request)}/speakers/{quote.PersonSlug}",
            },
            ["isPartOf"] = new JsonObject
            {
                ["@type"] = "Report",
                ["headline"] = quote.StatementTitle,
                ["url"] = PublicUrls.Statement(Request, quote.StatementPublicId),
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = quote.Publisher },
            },
            ["keywords"] = new JsonArray(Tags.Select(t => (JsonNode)JsonValue.Create(t.Label)).ToArray()),
        });
        return Page();
    }

    public sealed record QuoteView(int Id, string PublicId, string Text, string? Speaker, string? PersonSlug, string? Role, QuoteKind Kind,
        int Start, int End, int FirstBlock, int LastBlock, DateTimeOffset? RemovedAt, int StatementId, string StatementPublicId,
        string StatementTitle, string Publisher, DateOnly? PublishedOn, string Language, StatementStatus StatementStatus, DateTimeOffset? WithdrawnAt);

    public sealed record TagLink(string Vocabulary, string Slug, string Label);

    public sealed record RevisionWords(int Number, DateTimeOffset CreatedAt, string? Words);
}
