using System.ComponentModel.DataAnnotations;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AmnestyArchive.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<ArchiveUser> signIn, UserManager<ArchiveUser> users, ILogger<LoginModel> logger)
    : PageModel
{
    private static readonly EventId LoggedIn = new(1001, "LoggedIn");
    private static readonly EventId LoginFailed = new(1002, "LoginFailed");
    private static readonly EventId LockedOut = new(1003, "LockedOut");

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password), StringLength(1024)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is { IsDisabled: true })
        {
            logger.LogWarning(LoginFailed, "Login refused for disabled user {UserId}", user.Id);
            ModelState.AddModelError(string.Empty, "This account is disabled. Ask an admin.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation(LoggedIn, "User {UserId} logged in", user?.Id);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/editor");
        }

        if (result.IsLockedOut)
        {
            logger.LogWarning(LockedOut, "User {UserId} locked out", user?.Id);
            ModelState.AddModelError(string.Empty, "Too many failed attempts: this account is locked for 15 minutes.");
            return Page();
        }

        logger.LogInformation(LoginFailed, "Failed login");
        ModelState.AddModelError(string.Empty, "Wrong email or password.");
        return Page();
    }
}
