using AmnestyArchive.Web.Caching;
using AmnestyArchive.Web.PublicSite;

namespace AmnestyArchive.Web;

/// <summary>Services and endpoints of the public site: pages' caching, search, feeds, API.</summary>
public static class PublicSiteExtensions
{
    public static WebApplicationBuilder AddArchivePublicSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy());
            options.SizeLimit = 256L * 1024 * 1024;
        });
        builder.Services.AddSingleton<IPublicCache, PublicPageCache>();
        builder.Services.AddSingleton<StatementListFacts>();
        builder.Services.AddHostedService<CacheInvalidationListener>();
        builder.Services.AddScoped<ArchiveSearch>();
        builder.Services.AddOpenApi("v1", options => options.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
        return builder;
    }

    /// <summary>Middleware that runs after authorization and before the endpoints (output caching).</summary>
    public static WebApplication UseArchivePublicSite(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }

    /// <summary>Endpoints other than Razor Pages (API, feeds, sitemap, robots.txt).</summary>
    public static WebApplication MapArchivePublicSite(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(PublicPagePolicy.Name);
        app.MapCiteEndpoints();
        app.MapFeedEndpoints();
        app.MapSitemapEndpoints();
        app.MapArchiveApi();
        return app;
    }
}
