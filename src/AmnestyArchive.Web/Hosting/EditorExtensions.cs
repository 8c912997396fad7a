using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.Editing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmnestyArchive.Web;

/// <summary>Services of the editor workspace: review, tagging, workflow, audit, fixity.</summary>
public static class EditorExtensions
{
    public static WebApplicationBuilder AddArchiveEditor(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<StatementWorkflow>();
        builder.Services.AddScoped<FixityVerifier>();

        // The public site registers the real cache; until it does, publishing has nothing to evict.
        builder.Services.TryAddSingleton<IPublicCache, NoPublicCache>();
        return builder;
    }
}
