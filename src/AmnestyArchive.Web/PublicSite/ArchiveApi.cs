namespace AmnestyArchive.Web.PublicSite;

/// <summary>The read-only JSON API under <c>/api/v1/</c>.</summary>
public static partial class ArchiveApi
{
    public static void MapArchiveApi(this IEndpointRouteBuilder app)
    {
        _ = app;
    }
}
