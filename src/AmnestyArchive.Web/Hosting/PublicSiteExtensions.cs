namespace AmnestyArchive.Web;

/// <summary>Services and endpoints of the public site: pages' caching, search, feeds, API.</summary>
public static class PublicSiteExtensions
{
    public static WebApplicationBuilder AddArchivePublicSite(this WebApplicationBuilder builder) => builder;

    /// <summary>Middleware that runs after authorization and before the endpoints (output caching).</summary>
    public static WebApplication UseArchivePublicSite(this WebApplication app) => app;

    /// <summary>Endpoints other than Razor Pages (API, feeds, sitemap).</summary>
    public static WebApplication MapArchivePublicSite(this WebApplication app) => app;
}
