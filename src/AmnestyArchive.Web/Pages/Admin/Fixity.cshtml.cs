using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages.Admin;

/// <summary>Runs the fixity check on demand and shows its report.</summary>
public sealed class FixityModel(FixityVerifier verifier, AuditTrail audit, ArchiveDbContext db) : PageModel
{
    public FixityReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Report = await verifier.VerifyAsync(ct);
        audit.Record(User.Identity?.Name, AuditActions.FixityCheck, "Archive", null,
            $"Fixity check: {Report.OriginalsChecked} originals, {Report.RevisionsChecked} revisions, {Report.Mismatches.Count} mismatches",
            null, new { Report.OriginalsChecked, Report.RevisionsChecked, Mismatches = Report.Mismatches.Count });
        await db.SaveChangesAsync(ct);
        // The report is the response: a check that found damage must be seen, not lost in a redirect.
        return Page();
    }
}
