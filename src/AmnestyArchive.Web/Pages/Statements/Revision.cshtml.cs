using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.PublicSite;
using Markdig;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Statements;

/// <summary>One immutable revision of a statement, <c>/s/{publicId}/r/{number}</c>, as its Revision row keeps it.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class RevisionModel(ArchiveDbContext db) : PageModel
{
    // Raw HTML stays text: a revision's Markdown comes from imported statements.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public RevisionView Revision { get; private set; } = null!;
    public string BodyHtml { get; private set; } = "";
    public int Newest { get; private set; }

    public async Task<IActionResult> OnGetAsync(string publicId, int number, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking()
            .Where(r => r.Number == number && r.Statement!.PublicId == publicId && r.Statement.Status == StatementStatus.Published)
            .Select(r => new RevisionView(r.Statement!.PublicId, r.Statement.Publisher, r.Title ?? r.Statement.Title, r.Number,
                r.CreatedAt, r.Note, r.BodyMarkdown, r.Sha256, r.Statement.CurrentRevision))
            .FirstOrDefaultAsync(cancellationToken);
        if (revision is null)
        {
            return NotFound();
        }

        Revision = revision;
        BodyHtml = Markdown.ToHtml(revision.BodyMarkdown, Pipeline);
        CacheTags.Add(HttpContext, CacheTags.Statement(publicId));
        return Page();
    }

    public sealed record RevisionView(string PublicId, string Publisher, string? Title, int Number, DateTimeOffset CreatedAt,
        string? Note, string BodyMarkdown, string Sha256, int CurrentRevision);
}
