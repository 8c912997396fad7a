using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Tags;

/// <summary>Every vocabulary and its terms, with how many quotes and demands carry each.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public IReadOnlyList<VocabularyGroup> Vocabularies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tags = await db.Tags.AsNoTracking()
            .Select(t => new
            {
                Vocabulary = t.Vocabulary!.Name, VocabularySlug = t.Vocabulary.Slug, t.Slug, t.Label,
                Parent = t.Parent != null ? t.Parent.Label : null,
                Count = db.QuoteTags.Count(q => q.TagId == t.Id && q.Quote!.RemovedAt == null && q.Quote.Statement!.Status == StatementStatus.Published)
                        + db.DemandTags.Count(d => d.TagId == t.Id && d.Demand!.RemovedAt == null && d.Demand.Statement!.Status == StatementStatus.Published),
            })
            .ToListAsync(cancellationToken);
        Vocabularies = tags.Where(t => t.Count > 0).GroupBy(t => t.Vocabulary).OrderBy(g => g.Key)
            .Select(g => new VocabularyGroup(g.Key, g.OrderBy(t => t.Label)
                .Select(t => new CountedLink($"/tags/{t.VocabularySlug}/{t.Slug}", t.Label, t.Count, t.Parent is null ? null : "in " + t.Parent)).ToList()))
            .ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record VocabularyGroup(string Name, IReadOnlyList<CountedLink> Tags);
}
