using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using AmnestyArchive.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin.Actors;

/// <summary>Edit an actor's names, add aliases, or merge it into the actor it duplicates.</summary>
public sealed class EditModel(ArchiveDbContext db, AuditTrail audit, ILogger<EditModel> logger) : PageModel
{
    public ActorInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Details Actor { get; private set; } = null!;
    public IReadOnlyList<IndexModel.Row> Others { get; private set; } = [];

    public sealed record Details(int Id, string Slug, string Name, IReadOnlyList<string> Aliases, int? MergedIntoId, string? MergedInto, int DemandCount);

    public sealed class ActorInput
    {
        [Required, StringLength(300)]
        public string Name { get; set; } = "";

        [StringLength(300)]
        public string? NameEs { get; set; }

        [StringLength(32)]
        public string? Kind { get; set; }

        [RegularExpression("^[A-Z]{2}$", ErrorMessage = "The country is an ISO 3166-1 alpha-2 code such as VE.")]
        public string? CountryCode { get; set; }
    }

    public sealed class AliasInput
    {
        [Required(ErrorMessage = "Enter the alias."), StringLength(300)]
        public string Alias { get; set; } = "";
    }

    public sealed class MergeInput
    {
        [Required(ErrorMessage = "Choose the actor that survives."), StringLength(300)]
        public string Survivor { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var input = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ActorInput { Name = a.Name, NameEs = a.NameEs, Kind = a.Kind, CountryCode = a.CountryCode })
            .SingleOrDefaultAsync(ct);
        if (input is null)
        {
            return NotFound();
        }

        Input = input;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] ActorInput input, CancellationToken ct)
    {
        Input = input;
        var actor = await db.Actors.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (actor is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }

        var before = new { actor.Name, actor.NameEs, actor.Kind, actor.CountryCode };
        actor.Name = Input.Name.Trim();
        actor.NameEs = Blank(Input.NameEs);
        actor.Kind = Blank(Input.Kind);
        actor.CountryCode = Blank(Input.CountryCode);
        audit.Record(User.Identity?.Name, AuditActions.ActorEdit, nameof(Domain.Actor), actor.Slug, $"Edited actor {actor.Name}",
            before, new { actor.Name, actor.NameEs, actor.Kind, actor.CountryCode });
        await db.SaveChangesAsync(ct);
        StatusMessage = "Actor saved.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAliasAsync(int id, AliasInput aliasInput, CancellationToken ct)
    {
        var actor = await db.Actors.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (actor is null)
        {
            return NotFound();
        }

        var value = aliasInput.Alias?.Trim() ?? "";
        if (ModelState.IsValid && actor.Aliases.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Alias", $"\"{value}\" is already an alias.");
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(actor, ct);
        }

        actor.Aliases = [.. actor.Aliases, value];
        audit.Record(User.Identity?.Name, AuditActions.ActorEdit, nameof(Domain.Actor), actor.Slug, $"Added alias \"{value}\" to {actor.Name}",
            null, new { Alias = value });
        await db.SaveChangesAsync(ct);
        StatusMessage = $"Alias \"{value}\" added.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, MergeInput mergeInput, CancellationToken ct)
    {
        var duplicate = await db.Actors.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (duplicate is null)
        {
            return NotFound();
        }

        Actor? survivor = null;
        if (ModelState.IsValid)
        {
            var value = mergeInput.Survivor.Trim();
            survivor = await db.Actors.SingleOrDefaultAsync(a => a.Slug == value, ct) ?? await RegistryLookup.ActorAsync(db, value, ct);
            if (survivor is null || survivor.Id == duplicate.Id || survivor.MergedIntoId is not null)
            {
                ModelState.AddModelError("Survivor", "Choose another actor, one not merged itself, to merge into.");
            }
            else if (duplicate.MergedIntoId is not null)
            {
                ModelState.AddModelError("Survivor", "This actor is already merged.");
            }
        }

        if (!ModelState.IsValid || survivor is null)
        {
            return await RedisplayAsync(duplicate, ct);
        }

        var demands = await db.Demands.Where(d => d.ActorId == duplicate.Id).ToListAsync(ct);
        foreach (var demand in demands)
        {
            demand.ActorId = survivor.Id;
        }

        duplicate.MergedIntoId = survivor.Id;
        survivor.Aliases = survivor.Aliases
            .Concat(new[] { duplicate.Name, duplicate.NameEs }.OfType<string>())
            .Concat(duplicate.Aliases)
            .Where(a => !string.Equals(a, survivor.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        audit.Record(User.Identity?.Name, AuditActions.ActorMerge, nameof(Domain.Actor), duplicate.Slug,
            $"Merged actor {duplicate.Name} into {survivor.Name}: {demands.Count} demands",
            new { Duplicate = duplicate.Slug, Demands = demands.Select(d => d.PublicId).ToList() }, new { Survivor = survivor.Slug });
        // One SaveChanges: the demands, the merge mark and the audit event in one transaction.
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Merged actor {Duplicate} into {Survivor} ({DemandCount} demands)", duplicate.Slug, survivor.Slug, demands.Count);
        StatusMessage = $"Merged into {survivor.Name}: {demands.Count} demands moved.";
        return RedirectToPage(new { id = survivor.Id });
    }

    private async Task<IActionResult> RedisplayAsync(Actor actor, CancellationToken ct)
    {
        Input = new ActorInput { Name = actor.Name, NameEs = actor.NameEs, Kind = actor.Kind, CountryCode = actor.CountryCode };
        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(actor.Id, ct);
        return Page();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Actor = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new Details(a.Id, a.Slug, a.Name, a.Aliases, a.MergedIntoId,
                db.Actors.Where(s => s.Id == a.MergedIntoId).Select(s => s.Name).FirstOrDefault(), a.Demands.Count))
            .SingleAsync(ct);
        Others = await db.Actors.AsNoTracking().Where(a => a.Id != id && a.MergedIntoId == null).OrderBy(a => a.Name)
            .Select(a => new IndexModel.Row(a.Id, a.Slug, a.Name, a.Kind, a.CountryCode, 0, a.Aliases, null)).Take(2000).ToListAsync(ct);
    }
}
