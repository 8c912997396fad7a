using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Editor.Statements;

/// <summary>Title, date, publisher, language, source URL, summary, and which statement this one translates.</summary>
public sealed class MetadataModel(ArchiveDbContext db, AuditTrail audit, TimeProvider clock, ILogger<MetadataModel> logger) : PageModel
{
    [BindProperty]
    public MetadataInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Header Statement { get; private set; } = null!;
    public IReadOnlyList<Link> Translations { get; private set; } = [];
    public bool Conflict { get; private set; }

    public sealed record Header(int Id, string PublicId, string? Title, StatementStatus Status, uint Version, string? TranslationOfPublicId);

    public sealed record Link(int Id, string PublicId, string? Title, string Language);

    public sealed class MetadataInput
    {
        public uint Version { get; set; }

        [StringLength(500)]
        public string? Title { get; set; }

        [DataType(DataType.Date)]
        public DateOnly? PublishedOn { get; set; }

        [Required, StringLength(200)]
        public string Publisher { get; set; } = "";

        [Required, RegularExpression("^[a-z]{2}$", ErrorMessage = "Language is a two-letter ISO 639-1 code such as en or es.")]
        public string Language { get; set; } = "en";

        [Url(ErrorMessage = "The source URL must be an absolute http(s) URL."), StringLength(2000)]
        public string? SourceUrl { get; set; }

        [StringLength(20000)]
        public string? Summary { get; set; }

        /// <summary>Public id of the statement this one translates; empty for none.</summary>
        [StringLength(16)]
        public string? TranslationOf { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var input = await db.Statements.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new MetadataInput
            {
                Version = s.Version, Title = s.Title, PublishedOn = s.PublishedOn, Publisher = s.Publisher, Language = s.Language,
                SourceUrl = s.SourceUrl, Summary = s.Summary, TranslationOf = s.TranslationOf!.PublicId,
            }).SingleOrDefaultAsync(ct);
        if (input is null)
        {
            return NotFound();
        }

        Input = input;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var statement = await db.Statements.Include(s => s.TranslationOf).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (statement is null)
        {
            return NotFound();
        }

        if (Input.SourceUrl is { Length: > 0 } url && !url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                                                    && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.SourceUrl", "The source URL must start with http:// or https://.");
        }

        Statement? original = null;
        if (!string.IsNullOrWhiteSpace(Input.TranslationOf))
        {
            var publicId = Input.TranslationOf.Trim();
            original = await db.Statements.SingleOrDefaultAsync(s => s.PublicId == publicId, ct);
            if (original is null)
            {
                ModelState.AddModelError("Input.TranslationOf", $"No statement with the id {publicId}.");
            }
            else if (original.Id == id || original.TranslationOfId == id)
            {
                ModelState.AddModelError("Input.TranslationOf", "A statement cannot translate itself or its own translation.");
            }
        }

        if (statement.Status == StatementStatus.Withdrawn)
        {
            ModelState.AddModelError(string.Empty, "A withdrawn statement cannot be edited.");
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return Page();
        }

        var before = Snapshot(statement);
        var translationChanged = statement.TranslationOfId != original?.Id;
        db.Entry(statement).Property(s => s.Version).OriginalValue = Input.Version;
        statement.Title = Blank(Input.Title);
        statement.PublishedOn = Input.PublishedOn;
        statement.Publisher = Input.Publisher.Trim();
        statement.Language = Input.Language;
        statement.SourceUrl = Blank(Input.SourceUrl);
        statement.Summary = Blank(Input.Summary);
        statement.TranslationOf = original;
        statement.TranslationOfId = original?.Id;
        statement.UpdatedAt = clock.GetUtcNow();
        audit.Record(User.Identity?.Name, translationChanged ? AuditActions.LinkTranslation : AuditActions.EditMetadata, nameof(Domain.Statement),
            statement.PublicId, translationChanged
                ? $"Metadata of {statement.PublicId}; translation of {original?.PublicId ?? "nothing"}"
                : $"Metadata of {statement.PublicId}",
            before, Snapshot(statement));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Conflict = true;
            ModelState.AddModelError(string.Empty, ReviewModel.ConflictMessage);
            // The editor's own input stays in the form; the version moves on so a second save applies it.
            Input.Version = await db.Statements.Where(s => s.Id == id).Select(s => s.Version).SingleAsync(ct);
            ModelState.Remove("Input.Version");
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(id, ct);
            return Page();
        }

        logger.LogInformation("Edited metadata of {StatementId} by {UserName}", id, User.Identity?.Name);
        StatusMessage = "Metadata saved.";
        return RedirectToPage(new { id });
    }

    private static object Snapshot(Statement s) => new
    {
        s.Title, PublishedOn = s.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.Publisher,
        s.Language, s.SourceUrl, s.Summary, TranslationOf = s.TranslationOf?.PublicId,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Statement = await db.Statements.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new Header(s.Id, s.PublicId, s.Title, s.Status, s.Version, s.TranslationOf!.PublicId)).SingleAsync(ct);
        Translations = await db.Statements.AsNoTracking().Where(s => s.TranslationOfId == id)
            .Select(s => new Link(s.Id, s.PublicId, s.Title, s.Language)).ToListAsync(ct);
    }
}
