using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor.Statements;

/// <summary>Submit for review, publish, publish a correction, withdraw; and the revision history.</summary>
public sealed class WorkflowModel(ArchiveDbContext db, StatementWorkflow workflow) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public Header Statement { get; private set; } = null!;
    public IReadOnlyList<RevisionRow> Revisions { get; private set; } = [];

    public sealed record Header(int Id, string PublicId, string? Title, StatementStatus Status, uint Version, int CurrentRevision,
        DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalReason);

    public sealed record RevisionRow(int Number, DateTimeOffset CreatedAt, string? CreatedBy, string? Note, string Sha256);

    public sealed class StepInput
    {
        public uint Version { get; set; }

        [StringLength(2000)]
        public string? Note { get; set; }
    }

    public sealed class WithdrawInput
    {
        public uint Version { get; set; }

        [Required(ErrorMessage = "Give the reason for withdrawing; it is shown on the public page."), StringLength(2000)]
        public string Reason { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(int id, StepInput input, CancellationToken ct) =>
        await Outcome(id, ModelState.IsValid ? await workflow.SubmitForReviewAsync(id, input.Version, User.Identity?.Name, ct) : null, ct);

    public async Task<IActionResult> OnPostPublishAsync(int id, StepInput input, CancellationToken ct) =>
        await Outcome(id, ModelState.IsValid ? await workflow.PublishAsync(id, input.Version, User.Identity?.Name, input.Note, ct) : null, ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int id, WithdrawInput input, CancellationToken ct) =>
        await Outcome(id, ModelState.IsValid ? await workflow.WithdrawAsync(id, input.Version, User.Identity?.Name, input.Reason, ct) : null, ct);

    private async Task<IActionResult> Outcome(int id, WorkflowResult? result, CancellationToken ct)
    {
        if (result?.Outcome == WorkflowOutcome.NotFound)
        {
            return NotFound();
        }

        if (result is { Succeeded: true })
        {
            StatusMessage = result.Message;
            return RedirectToPage(new { id });
        }

        if (result is not null)
        {
            ModelState.AddModelError(string.Empty, result.Message);
            Response.StatusCode = result.Outcome == WorkflowOutcome.Conflict
                ? StatusCodes.Status409Conflict
                : StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var header = await db.Statements.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Header(s.Id, s.PublicId, s.Title, s.Status, s.Version, s.CurrentRevision, s.UpdatedAt, s.PublishedAt,
                s.WithdrawnAt, s.WithdrawalReason))
            .SingleOrDefaultAsync(ct);
        if (header is null)
        {
            return false;
        }

        Statement = header;
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.StatementId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.CreatedAt, r.CreatedBy, r.Note, r.Sha256)).ToListAsync(ct);
        return true;
    }
}
