using System.ComponentModel.DataAnnotations;
using System.Text;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Vocabularies;

/// <summary>The controlled vocabularies: list, create, and CSV import and export.</summary>
public sealed class IndexModel(ArchiveDbContext db, AuditTrail audit, ILogger<IndexModel> logger) : PageModel
{
    public const long MaxCsvBytes = 2 * 1024 * 1024;

    [TempData]
    public string? StatusMessage { get; set; }

    public IReadOnlyList<Row> Vocabularies { get; private set; } = [];

    public sealed record Row(int Id, string Slug, string Name, int TagCount);

    public sealed class CreateInput
    {
        [Required(ErrorMessage = "Enter a slug."), StringLength(100), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$",
            ErrorMessage = "The slug is lower-case letters and digits joined by hyphens.")]
        public string Slug { get; set; } = "";

        [Required(ErrorMessage = "Enter a name."), StringLength(200)]
        public string Name { get; set; } = "";
    }

    public sealed class ImportInput
    {
        public IFormFile? File { get; set; }

        [StringLength(2_000_000)]
        public string? Csv { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var csv = await VocabularyCsv.ExportAsync(db, ct);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "vocabularies.csv");
    }

    public async Task<IActionResult> OnPostCreateAsync(CreateInput create, CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Vocabularies.AnyAsync(v => v.Slug == create.Slug, ct))
        {
            ModelState.AddModelError("Slug", $"There is already a vocabulary \"{create.Slug}\".");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }

        var vocabulary = new Vocabulary { Slug = create.Slug, Name = create.Name.Trim() };
        db.Vocabularies.Add(vocabulary);
        audit.Record(User.Identity?.Name, AuditActions.VocabularyCreate, nameof(Vocabulary), vocabulary.Slug, $"Created vocabulary {vocabulary.Name}",
            null, new { vocabulary.Slug, vocabulary.Name });
        await db.SaveChangesAsync(ct);
        StatusMessage = $"Vocabulary \"{vocabulary.Name}\" created.";
        return RedirectToPage("/Admin/Vocabularies/Terms", new { id = vocabulary.Id });
    }

    public async Task<IActionResult> OnPostImportAsync(ImportInput import, CancellationToken ct)
    {
        string? text = null;
        if (import.File is { Length: > 0 } file)
        {
            if (file.Length > MaxCsvBytes)
            {
                ModelState.AddModelError("File", "The CSV file is larger than 2 MB.");
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
                try
                {
                    text = await reader.ReadToEndAsync(ct);
                }
                catch (DecoderFallbackException)
                {
                    ModelState.AddModelError("File", "The CSV file is not UTF-8 text.");
                }
            }
        }
        else if (!string.IsNullOrWhiteSpace(import.Csv))
        {
            text = import.Csv;
        }
        else
        {
            ModelState.AddModelError("File", "Choose a CSV file or paste the CSV.");
        }

        if (ModelState.IsValid && text is not null)
        {
            var (rows, errors) = VocabularyCsv.Parse(text);
            if (errors.Count == 0 && rows.Count == 0)
            {
                errors = ["The CSV has a header but no terms."];
            }

            if (errors.Count == 0)
            {
                var result = await VocabularyCsv.ImportAsync(db, rows, () => audit.Record(User.Identity?.Name, AuditActions.VocabularyImport,
                    nameof(Vocabulary), null, $"Imported {rows.Count} terms from CSV", null,
                    new { Terms = rows.Count, Vocabularies = rows.Select(r => r.Vocabulary).Distinct().ToList() }), ct);
                errors = result.Errors;
                if (result.Succeeded)
                {
                    logger.LogInformation("Imported vocabulary CSV: {Created} created, {Updated} updated", result.Created, result.Updated);
                    StatusMessage = $"Imported {rows.Count} terms: {result.Created} new, {result.Updated} changed.";
                    return RedirectToPage();
                }
            }

            foreach (var error in errors.Take(50))
            {
                ModelState.AddModelError("Csv", error);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Vocabularies = await db.Vocabularies.AsNoTracking().OrderBy(v => v.Name)
            .Select(v => new Row(v.Id, v.Slug, v.Name, v.Tags.Count)).ToListAsync(ct);
}
