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
        var counts = await EntityCounts.TaggedByTagAsync(db, cancellationToken);
        var tags = (await db.Tags.AsNoTracking()
            .Select(t => new
            {
                t.Id, Vocabulary = t.Vocabulary!.Name, VocabularySlug = t.Vocabulary.Slug, t.Slug, t.Label,
                Parent = t.Parent != null ? t.Parent.Label : null,
            })
            .ToListAsync(cancellationToken))
            .Select(t => new { t.Vocabulary, t.VocabularySlug, t.Slug, t.Label, t.Parent, Count = counts.GetValueOrDefault(t.Id) })
            .ToList();
        Vocabularies = tags.Where(t => t.Count > 0).GroupBy(t => t.Vocabulary).OrderBy(g => g.Key)
            .Select(g => new VocabularyGroup(g.Key, g.OrderBy(t => t.Label)
                .Select(t => new CountedLink($"/tags/{t.VocabularySlug}/{t.Slug}", t.Label, t.Count, t.Parent is null ? null : "in " + t.Parent)).ToList()))
            .ToList();
        CacheTags.Add(HttpContext, CacheTags.Lists);
    }

    public sealed record VocabularyGroup(string Name, IReadOnlyList<CountedLink> Tags);
}
