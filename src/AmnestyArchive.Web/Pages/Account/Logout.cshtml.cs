using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ArchiveUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        logger.LogInformation(new EventId(1004, "LoggedOut"), "User logged out");
        TempData["StatusMessage"] = "You are logged out.";
        return RedirectToPage("/Index");
    }
}
