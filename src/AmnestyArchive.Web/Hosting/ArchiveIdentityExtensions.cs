using AmnestyArchive.Web.Data;
using AmnestyArchive.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace AmnestyArchive.Web;

public static class ArchiveIdentityExtensions
{
    public const string EditorPolicy = "EditorOrAdmin";
    public const string AdminPolicy = "Admin";

    /// <summary>
    /// Identity with the OWASP ASVS level 2 password and lockout rules: at least 12 characters,
    /// no composition rules (ASVS 2.1.9), and lockout after 5 failures.
    /// </summary>
    public static WebApplicationBuilder AddArchiveIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<ArchiveUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ArchiveDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "archive.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        // Disabling a user changes the security stamp; check it often so sessions end quickly.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, p => p.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        return builder;
    }
}
