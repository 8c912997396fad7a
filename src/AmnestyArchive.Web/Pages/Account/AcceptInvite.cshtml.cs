using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages.Account;

/// <summary>An invited user sets a password with the one-time code from the admin's invitation link.</summary>
[AllowAnonymous]
public sealed class AcceptInviteModel(UserManager<ArchiveUser> users, ILogger<AcceptInviteModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required]
        public string UserId { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";

        [Required, StringLength(1024, MinimumLength = 12), DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Compare(nameof(Password), ErrorMessage = "The passwords differ.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public IActionResult OnGet(string? userId, string? code)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code))
        {
            return NotFound();
        }

        Input = new InputModel { UserId = userId, Code = code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByIdAsync(Input.UserId);
        if (user is null || user.IsDisabled)
        {
            ModelState.AddModelError(string.Empty, "This invitation is not valid.");
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        logger.LogInformation(new EventId(1010, "InviteAccepted"), "User {UserId} accepted an invitation", user.Id);
        TempData["StatusMessage"] = "Your password is set. You can log in now.";
        return RedirectToPage("/Account/Login");
    }
}
