using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Demands;

/// <summary>A demand's permanent page, <c>/d/{publicId}</c>: the sentence, who is asked, by whom, in context.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public DemandView Demand { get; private set; } = null!;
    public string ContextHtml { get; private set; } = "";
    public string? ContextAnchor { get; private set; }
    public IReadOnlyList<TagLink> Tags { get; private set; } = [];
    public string CanonicalUrl { get; private set; } = "";

    public bool StatementWithdrawn => Demand.StatementStatus == StatementStatus.Withdrawn;

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.AsNoTracking()
            .Where(d => d.PublicId == publicId
                        && (d.Statement!.Status == StatementStatus.Published || d.Statement.Status == StatementStatus.Withdrawn))
            .Select(d => new DemandView(d.Id, d.PublicId, d.Text, d.Actor != null ? d.Actor.Name : null, d.Actor != null ? d.Actor.Slug : null,
                d.Speaker != null ? d.Speaker.Name : null, d.Speaker != null ? d.Speaker.Slug : null, d.Start, d.End, d.Block, d.RemovedAt,
                d.StatementId, d.Statement!.PublicId, d.Statement.Title ?? "Untitled statement", d.Statement.Publisher,
                d.Statement.PublishedOn, d.Statement.Language, d.Statement.Status, d.Statement.WithdrawnAt))
            .FirstOrDefaultAsync(cancellationToken);
        if (demand is null)
        {
            return NotFound();
        }

        Demand = demand;
        CanonicalUrl = PublicUrls.Demand(Request, demand.PublicId);
        CacheTags.Add(HttpContext, CacheTags.Statement(demand.StatementPublicId));
        if (StatementWithdrawn)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        var blocks = await db.Blocks.AsNoTracking()
            .Where(b => b.StatementId == demand.StatementId && b.Start <= demand.End && b.End >= demand.Start)
            .OrderBy(b => b.Ordinal).Select(b => new TextBlock(b.Anchor, b.Kind, b.Text, b.Start)).ToListAsync(cancellationToken);
        ContextAnchor = blocks.FirstOrDefault()?.Anchor;
        ContextHtml = StatementTextRenderer.Render(blocks,
            demand.RemovedAt is null ? [new MarkedSpan("demand", demand.Start, demand.End, null, "This demand")] : []);
        Tags = await db.DemandTags.AsNoTracking().Where(t => t.DemandId == demand.Id)
            .Select(t => new TagLink(t.Tag!.Vocabulary!.Slug, t.Tag.Slug, t.Tag.Label)).ToListAsync(cancellationToken);
        return Page();
    }

    public sealed record DemandView(int Id, string PublicId, string Text, string? Addressee, string? AddresseeSlug, string? Speaker,
        string? SpeakerSlug, int Start, int End, int Block, DateTimeOffset? RemovedAt, int StatementId, string StatementPublicId,
        string StatementTitle, string Publisher, DateOnly? PublishedOn, string Language, StatementStatus StatementStatus, DateTimeOffset? WithdrawnAt);

    public sealed record TagLink(string Vocabulary, string Slug, string Label);
}
