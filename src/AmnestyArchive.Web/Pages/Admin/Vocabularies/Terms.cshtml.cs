using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Core.Markdown;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Vocabularies;

/// <summary>One vocabulary's terms as a tree, and a form to add a term.</summary>
public sealed class TermsModel(ArchiveDbContext db, AuditTrail audit) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Header Vocabulary { get; private set; } = null!;
    public IReadOnlyList<Term> Terms { get; private set; } = [];

    public sealed record Header(int Id, string Slug, string Name);

    public sealed record Term(int Id, string Slug, string Label, string? LabelEs, int? ParentId, string ScopeNoteHtml, int Depth);

    public sealed class TermInput
    {
        [Required(ErrorMessage = "Enter a label."), StringLength(200)]
        public string Label { get; set; } = "";

        [StringLength(200), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "The slug is lower-case letters and digits joined by hyphens.")]
        public string? Slug { get; set; }

        [StringLength(200)]
        public string? LabelEs { get; set; }

        public int? ParentId { get; set; }

        [StringLength(10000)]
        public string? ScopeNote { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, TermInput term, CancellationToken ct)
    {
        var vocabulary = await db.Vocabularies.SingleOrDefaultAsync(v => v.Id == id, ct);
        if (vocabulary is null)
        {
            return NotFound();
        }

        var slug = string.IsNullOrWhiteSpace(term.Slug) ? SlugText.From(term.Label) : term.Slug.Trim();
        if (ModelState.IsValid && await db.Tags.AnyAsync(t => t.VocabularyId == id && t.Slug == slug, ct))
        {
            ModelState.AddModelError("Slug", $"The vocabulary already has a term \"{slug}\".");
        }

        if (term.ParentId is int parentId && !await db.Tags.AnyAsync(t => t.Id == parentId && t.VocabularyId == id, ct))
        {
            ModelState.AddModelError("ParentId", "The broader term must be in the same vocabulary.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(id, ct);
            return Page();
        }

        var tag = new Tag
        {
            VocabularyId = id, Slug = slug, Label = term.Label.Trim(), LabelEs = Blank(term.LabelEs), ParentId = term.ParentId,
            ScopeNote = Blank(term.ScopeNote),
        };
        db.Tags.Add(tag);
        audit.Record(User.Identity?.Name, AuditActions.TagCreate, nameof(Tag), $"{vocabulary.Slug}:{slug}", $"Added term \"{tag.Label}\" to {vocabulary.Name}",
            null, new { tag.Slug, tag.Label, tag.LabelEs, tag.ParentId, tag.ScopeNote });
        await db.SaveChangesAsync(ct);
        StatusMessage = $"Term \"{tag.Label}\" added.";
        return RedirectToPage(new { id });
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var header = await db.Vocabularies.AsNoTracking().Where(v => v.Id == id).Select(v => new Header(v.Id, v.Slug, v.Name)).SingleOrDefaultAsync(ct);
        if (header is null)
        {
            return false;
        }

        Vocabulary = header;
        var tags = await db.Tags.AsNoTracking().Where(t => t.VocabularyId == id).OrderBy(t => t.Label)
            .Select(t => new { t.Id, t.Slug, t.Label, t.LabelEs, t.ParentId, t.ScopeNote }).ToListAsync(ct);
        var children = tags.ToLookup(t => t.ParentId);
        var ordered = new List<Term>();
        void Walk(int? parent, int depth)
        {
            foreach (var t in children[parent])
            {
                if (depth > 20)
                {
                    return;
                }

                ordered.Add(new Term(t.Id, t.Slug, t.Label, t.LabelEs, t.ParentId, NoteMarkdown.ToHtml(t.ScopeNote), depth));
                Walk(t.Id, depth + 1);
            }
        }

        Walk(null, 0);
        Terms = ordered;
        return true;
    }
}
