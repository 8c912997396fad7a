using System.ComponentModel.DataAnnotations;
using System.Text;
using System.Text.Json;
using AmnestyArchive.Web.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages.Editor;

/// <summary>
/// Import statements: pasted text, or one or several uploaded .txt, .md or .html files. Each file
/// is imported on its own (in its own transaction, by <see cref="StatementImporter"/>), and gets
/// its own result line: imported, already in the archive, or rejected with the reason.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(StatementImporter importer, ILogger<ImportModel> logger) : PageModel
{
    /// <summary>Twenty files of the importer's 2 MB limit, plus form overhead.</summary>
    public const int MaxRequestBytes = 42 * 1024 * 1024;

    public const int MaxFiles = 20;

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    [TempData]
    public string? ResultsJson { get; set; }

    public IReadOnlyList<FileResult> Results { get; private set; } = [];

    public sealed record FileResult(string FileName, string Status, int? StatementId, string? PublicId, string? Error);

    public sealed class ImportInput
    {
        [StringLength(2_000_000)]
        public string? Text { get; set; }

        public List<IFormFile> Files { get; set; } = [];

        [Required(ErrorMessage = "Enter the publisher."), StringLength(200)]
        public string Publisher { get; set; } = "Amnesty International";

        [RegularExpression("^[a-z]{2}$", ErrorMessage = "Language is a two-letter ISO 639-1 code such as en or es, or empty to detect it.")]
        public string? Language { get; set; }

        [Url(ErrorMessage = "The source URL must be an absolute http(s) URL."), StringLength(2000)]
        public string? SourceUrl { get; set; }
    }

    public void OnGet()
    {
        if (ResultsJson is not null)
        {
            Results = JsonSerializer.Deserialize<List<FileResult>>(ResultsJson) ?? [];
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var files = Input.Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (string.IsNullOrWhiteSpace(Input.Text) && files.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Paste a statement or choose at least one file.");
        }

        if (files.Count > MaxFiles)
        {
            ModelState.AddModelError("Input.Files", $"Import at most {MaxFiles} files at a time.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var requests = new List<(string FileName, Func<Task<byte[]>> Read, long Length)>();
        if (!string.IsNullOrWhiteSpace(Input.Text))
        {
            var bytes = Encoding.UTF8.GetBytes(Input.Text);
            requests.Add(("pasted.txt", () => Task.FromResult(bytes), bytes.Length));
        }

        foreach (var file in files)
        {
            requests.Add((Path.GetFileName(file.FileName), async () =>
            {
                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                return buffer.ToArray();
            }, file.Length));
        }

        var results = new List<FileResult>();
        foreach (var (fileName, read, _) in requests)
        {
            var outcome = await importer.ImportAsync(new ImportRequest(await read(), fileName, Input.Publisher.Trim(),
                string.IsNullOrWhiteSpace(Input.Language) ? null : Input.Language, string.IsNullOrWhiteSpace(Input.SourceUrl) ? null : Input.SourceUrl.Trim(),
                User.Identity?.Name), ct);
            results.Add(new FileResult(fileName, outcome.Status.ToString(), outcome.StatementId, outcome.PublicId, outcome.Error));
            logger.LogInformation("Import of {FileName} by {UserName}: {Status} {PublicId}", fileName, User.Identity?.Name, outcome.Status, outcome.PublicId);
        }

        ResultsJson = JsonSerializer.Serialize(results);
        return RedirectToPage();
    }
}
