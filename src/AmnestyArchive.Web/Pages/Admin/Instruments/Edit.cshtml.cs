using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Instruments;

/// <summary>Edit an instrument's names and notes, add aliases, or merge it into its duplicate's survivor.</summary>
public sealed class EditModel(ArchiveDbContext db, AuditTrail audit, ILogger<EditModel> logger) : PageModel
{
    public InstrumentInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Details Instrument { get; private set; } = null!;
    public IReadOnlyList<IndexModel.Row> Others { get; private set; } = [];

    public sealed record Details(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, int? MergedIntoId, string? MergedInto,
        int CitationCount, IReadOnlyList<string> Provisions);

    public sealed class InstrumentInput
    {
        [Required, StringLength(500)]
        public string Name { get; set; } = "";

        [StringLength(500)]
        public string? NameEs { get; set; }

        [StringLength(64)]
        public string? Abbreviation { get; set; }

        public InstrumentType Type { get; set; }

        [StringLength(300)]
        public string? AdoptingBody { get; set; }

        [Range(1000, 3000)]
        public int? Year { get; set; }

        [StringLength(20000)]
        public string? Notes { get; set; }
    }

    public sealed class AliasInput
    {
        [Required(ErrorMessage = "Enter the alias."), StringLength(300)]
        public string Alias { get; set; } = "";
    }

    public sealed class MergeInput
    {
        [Required(ErrorMessage = "Choose the instrument that survives."), StringLength(500)]
        public string Survivor { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var input = await db.Instruments.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new InstrumentInput
            {
                Name = i.Name, NameEs = i.NameEs, Abbreviation = i.Abbreviation, Type = i.Type, AdoptingBody = i.AdoptingBody, Year = i.Year,
                Notes = i.Notes,
            }).SingleOrDefaultAsync(ct);
        if (input is null)
        {
            return NotFound();
        }

        Input = input;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] InstrumentInput input, CancellationToken ct)
    {
        Input = input;
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var before = new { instrument.Name, instrument.NameEs, instrument.Abbreviation, Type = instrument.Type.ToString(), instrument.AdoptingBody, instrument.Year, instrument.Notes };
        instrument.Name = Input.Name.Trim();
        instrument.NameEs = Blank(Input.NameEs);
        instrument.Abbreviation = Blank(Input.Abbreviation);
        instrument.Type = Input.Type;
        instrument.AdoptingBody = Blank(Input.AdoptingBody);
        instrument.Year = Input.Year;
        instrument.Notes = Blank(Input.Notes);
        audit.Record(User.Identity?.Name, AuditActions.InstrumentEdit, nameof(LegalInstrument), instrument.Slug, $"Edited instrument {instrument.Name}",
            before, new { instrument.Name, instrument.NameEs, instrument.Abbreviation, Type = instrument.Type.ToString(), instrument.AdoptingBody, instrument.Year, instrument.Notes });
        await db.SaveChangesAsync(ct);
        StatusMessage = "Instrument saved.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAliasAsync(int id, AliasInput aliasInput, CancellationToken ct)
    {
        var instrument = await db.Instruments.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return NotFound();
        }

        var value = aliasInput.Alias?.Trim() ?? "";
        if (ModelState.IsValid && instrument.Aliases.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Alias", $"\"{value}\" is already an alias.");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(instrument, ct);
        }

        instrument.Aliases = [.. instrument.Aliases, value];
        audit.Record(User.Identity?.Name, AuditActions.InstrumentEdit, nameof(LegalInstrument), instrument.Slug,
            $"Added alias \"{value}\" to {instrument.Name}", null, new { Alias = value });
        await db.SaveChangesAsync(ct);
        StatusMessage = $"Alias \"{value}\" added.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, MergeInput mergeInput, CancellationToken ct)
    {
        var duplicate = await db.Instruments.Include(i => i.Provisions).SingleOrDefaultAsync(i => i.Id == id, ct);
        if (duplicate is null)
        {
            return NotFound();
        }

        LegalInstrument? survivor = null;
        if (ModelState.IsValid)
        {
            var value = mergeInput.Survivor.Trim();
            survivor = await db.Instruments.Include(i => i.Provisions).SingleOrDefaultAsync(i => i.Slug == value, ct)
                       ?? await RegistryLookup.InstrumentAsync(db, value, ct);
            if (survivor is null || survivor.Id == duplicate.Id || survivor.MergedIntoId is not null)
            {
                ModelState.AddModelError("Survivor", "Choose another instrument, one not merged itself, to merge into.");
            }
            else if (duplicate.MergedIntoId is not null)
            {
                ModelState.AddModelError("Survivor", "This instrument is already merged.");
            }
        }

        if (!ModelState.IsValid || survivor is null)
        {
            return await RedisplayAsync(duplicate, ct);
        }

        await db.Entry(survivor).Collection(s => s.Provisions).LoadAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var citations = await db.Citations.Where(c => c.InstrumentId == duplicate.Id).ToListAsync(ct);
        var movedProvisions = 0;
        foreach (var provision in duplicate.Provisions.ToList())
        {
            var same = survivor.Provisions.FirstOrDefault(p => p.Slug == provision.Slug);
            if (same is null)
            {
                provision.InstrumentId = survivor.Id;
                movedProvisions++;
                continue;
            }

            foreach (var citation in await db.Citations.Where(c => c.ProvisionId == provision.Id).ToListAsync(ct))
            {
                citation.ProvisionId = same.Id;
            }

            db.Provisions.Remove(provision);
        }

        foreach (var citation in citations)
        {
            citation.InstrumentId = survivor.Id;
        }

        duplicate.MergedIntoId = survivor.Id;
        survivor.Aliases = survivor.Aliases
            .Concat(new[] { duplicate.Name, duplicate.Abbreviation, duplicate.NameEs }.OfType<string>())
            .Concat(duplicate.Aliases)
            .Where(a => !string.Equals(a, survivor.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        audit.Record(User.Identity?.Name, AuditActions.InstrumentMerge, nameof(LegalInstrument), duplicate.Slug,
            $"Merged instrument {duplicate.Name} into {survivor.Name}: {citations.Count} citations, {duplicate.Provisions.Count} provisions",
            new { Duplicate = duplicate.Slug }, new { Survivor = survivor.Slug, Citations = citations.Count, MovedProvisions = movedProvisions });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Merged instrument {Duplicate} into {Survivor} ({CitationCount} citations)", duplicate.Slug, survivor.Slug, citations.Count);
        StatusMessage = $"Merged into {survivor.Name}: {citations.Count} citations moved.";
        return RedirectToPage(new { id = survivor.Id });
    }

    private async Task<IActionResult> RedisplayAsync(LegalInstrument instrument, CancellationToken ct)
    {
        Input = new InstrumentInput
        {
            Name = instrument.Name, NameEs = instrument.NameEs, Abbreviation = instrument.Abbreviation, Type = instrument.Type,
            AdoptingBody = instrument.AdoptingBody, Year = instrument.Year, Notes = instrument.Notes,
        };
        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(instrument.Id, ct);
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Instrument = await db.Instruments.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new Details(i.Id, i.Slug, i.Name, i.Aliases, i.MergedIntoId,
                db.Instruments.Where(s => s.Id == i.MergedIntoId).Select(s => s.Name).FirstOrDefault(),
                i.Citations.Count, i.Provisions.OrderBy(p => p.Slug).Select(p => p.Label).ToList()))
            .SingleAsync(ct);
        Others = await db.Instruments.AsNoTracking().Where(i => i.Id != id && i.MergedIntoId == null).OrderBy(i => i.Name)
            .Select(i => new IndexModel.Row(i.Id, i.Slug, i.Name, i.Abbreviation, i.Type, 0, i.Aliases, null)).Take(2000).ToListAsync(ct);
    }
}
