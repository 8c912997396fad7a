using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Tags;

/// <summary>A tag: its place in the vocabulary, and the quotes and demands carrying it, newest first.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class ShowModel(ArchiveDbContext db) : PageModel
{
    public TagView Tag { get; private set; } = null!;
    public IReadOnlyList<SpanListItem> Items { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string vocabulary, string slug, CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug && t.Vocabulary!.Slug == vocabulary)
            .Select(t => new TagView(t.Id, t.Vocabulary!.Slug, t.Vocabulary.Name, t.Slug, t.Label, t.LabelEs, t.ScopeNote,
                t.Parent == null ? null : new TagLink(t.Parent.Slug, t.Parent.Label),
                t.Children.OrderBy(c => c.Label).Select(c => new TagLink(c.Slug, c.Label)).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound();
        }

        Tag = tag;
        var quotes = db.QuoteTags.AsNoTracking()
            .Where(t => t.TagId == tag.Id && t.Quote!.RemovedAt == null && t.Quote.Statement!.Status == StatementStatus.Published)
            .Select(t => t.Quote!);
        var demands = db.DemandTags.AsNoTracking()
            .Where(t => t.TagId == tag.Id && t.Demand!.RemovedAt == null && t.Demand.Statement!.Status == StatementStatus.Published)
            .Select(t => t.Demand!);
        var total = await quotes.CountAsync(cancellationToken) + await demands.CountAsync(cancellationToken);
        Paging = Paging.For(Request, Paging.FromQuery(Request), total);

        // Quotes and demands interleave by date: take enough of each to fill the page, then merge.
        var take = Paging.Skip + Paging.PageSize;
        var quoteItems = await quotes.OrderByDescending(q => q.Statement!.PublishedOn).ThenByDescending(q => q.Id).Take(take)
            .Select(q => new SpanListItem("quote", q.PublicId, q.Text, q.Person != null ? q.Person.Name : null,
                q.Person != null ? "/speakers/" + q.Person.Slug : null, q.Statement!.PublicId, q.Statement.Title ?? "Untitled statement",
                q.Statement.Publisher, q.Statement.PublishedOn, q.Statement.Language))
            .ToListAsync(cancellationToken);
        var demandItems = await demands.OrderByDescending(d => d.Statement!.PublishedOn).ThenByDescending(d => d.Id).Take(take)
            .Select(d => new SpanListItem("demand", d.PublicId, d.Text, d.Actor != null ? d.Actor.Name : null,
                d.Actor != null ? "/addressees/" + d.Actor.Slug : null, d.Statement!.PublicId, d.Statement.Title ?? "Untitled statement",
                d.Statement.Publisher, d.Statement.PublishedOn, d.Statement.Language))
            .ToListAsync(cancellationToken);
        Items = quoteItems.Concat(demandItems).OrderByDescending(i => i.PublishedOn).Skip(Paging.Skip).Take(Paging.PageSize).ToList();
        CacheTags.Add(HttpContext, Items.Select(i => CacheTags.Statement(i.StatementPublicId)).Append(CacheTags.Tag(vocabulary, slug)));
        return Page();
    }

    public sealed record TagView(int Id, string VocabularySlug, string VocabularyName, string Slug, string Label, string? LabelEs,
        string? ScopeNote, TagLink? Parent, List<TagLink> Children);

    public sealed record TagLink(string Slug, string Label);
}
