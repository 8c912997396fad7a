using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Cli;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Setup;

/// <summary>One-time creation of the first admin. Answers 404 as soon as any admin exists.</summary>
[AllowAnonymous]
public sealed class IndexModel(
    ArchiveDbContext db,
    UserManager<ArchiveUser> users,
    SignInManager<ArchiveUser> signIn,
    TimeProvider clock,
    ILogger<IndexModel> logger) : PageModel
{
    /// <summary>Advisory lock key that serialises concurrent set-up attempts across instances.</summary>
    private const long SetupLockKey = 0x5e7_0001;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(1024, MinimumLength = 12), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "The passwords differ.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AccountCreation.AdminExistsAsync(db, cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await AccountCreation.AdminExistsAsync(db, cancellationToken) ? NotFound() : Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SetupLockKey})", cancellationToken);
        if (await AccountCreation.AdminExistsAsync(db, cancellationToken))
        {
            return NotFound();
        }

        var result = await AccountCreation.CreateAdminAsync(users, Input.Email, Input.Password, clock);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(new EventId(1020, "FirstAdminCreated"), "First admin created through /setup");
        var user = await users.FindByEmailAsync(Input.Email);
        await signIn.SignInAsync(user!, isPersistent: false);
        TempData["StatusMessage"] = "The archive is set up, and you are logged in as its admin.";
        return Redirect("/admin");
    }
}
