using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AmnestyArchive.Web.Pages.Admin;

/// <summary>Invite users, set their role, disable or enable them.</summary>
public sealed class UsersModel(ArchiveDbContext db, UserManager<ArchiveUser> users, TimeProvider clock,
    ILogger<UsersModel> logger) : PageModel
{
    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    [TempData]
    public string? InviteLink { get; set; }

    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    public sealed class InviteInput
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, RegularExpression("^(Editor|Admin)$")]
        public string Role { get; set; } = Roles.Editor;
    }

    public sealed record Account(string Id, string? Email, bool IsDisabled, bool HasPassword, IReadOnlyList<string> Roles);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var user = new ArchiveUser { UserName = Invite.Email.Trim(), Email = Invite.Email.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        await users.AddToRolesAsync(user, Invite.Role == Roles.Admin ? [Roles.Admin, Roles.Editor] : [Roles.Editor]);
        var code = await users.GeneratePasswordResetTokenAsync(user);
        InviteLink = Url.Page("/Account/AcceptInvite", pageHandler: null, values: new { userId = user.Id, code }, protocol: Request.Scheme);
        logger.LogInformation(new EventId(1030, "UserInvited"), "Admin {AdminName} invited user {UserId} as {Role}", User.Identity?.Name, user.Id, Invite.Role);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSetRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || role is not (Roles.Admin or Roles.Editor))
        {
            return NotFound();
        }

        if (role == Roles.Editor && await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1)
        {
            TempData["StatusMessage"] = "The last admin cannot lose the Admin role.";
            return RedirectToPage();
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRolesAsync(user, role == Roles.Admin ? [Roles.Admin, Roles.Editor] : [Roles.Editor]);
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation(new EventId(1031, "RoleChanged"), "User {UserId} now has role {Role}", user.Id, role);
        TempData["StatusMessage"] = $"{user.Email} is now {role}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleDisabledAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return NotFound();
        }

        if (user.UserName == User.Identity?.Name)
        {
            TempData["StatusMessage"] = "You cannot disable your own account.";
            return RedirectToPage();
        }

        user.IsDisabled = !user.IsDisabled;
        user.LockoutEnd = user.IsDisabled ? DateTimeOffset.MaxValue : null;
        await users.UpdateAsync(user);
        // A new security stamp ends the user's existing sessions.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation(new EventId(1032, "UserDisabledChanged"), "User {UserId} disabled={Disabled}", user.Id, user.IsDisabled);
        TempData["StatusMessage"] = $"{user.Email} is {(user.IsDisabled ? "disabled" : "enabled")}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id, u.Email, u.IsDisabled, HasPassword = u.PasswordHash != null,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        Accounts = rows.Select(r => new Account(r.Id, r.Email, r.IsDisabled, r.HasPassword, r.Roles)).ToList();
    }
}
