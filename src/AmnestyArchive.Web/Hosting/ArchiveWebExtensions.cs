using Serilog;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AmnestyArchive.Web;

public static class ArchiveWebExtensions
{
    /// <summary>Razor Pages, with the editor and admin folders locked to their roles.</summary>
    public static WebApplicationBuilder AddArchiveWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Editor", ArchiveIdentityExtensions.EditorPolicy);
            options.Conventions.AuthorizeFolder("/Admin", ArchiveIdentityExtensions.AdminPolicy);
        });
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "archive.csrf");
        builder.Services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return builder;
    }

    public static WebApplication UseArchiveWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy =
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
            await next();
        });
        app.UseSerilogRequestLogging();
        app.UseMiddleware<AbortedRequestMiddleware>();
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseArchivePublicSite();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapRazorPages();
        app.MapArchivePublicSite();
        return app;
    }
}
