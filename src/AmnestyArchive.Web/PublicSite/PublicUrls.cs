namespace AmnestyArchive.Web.PublicSite;

/// <summary>Absolute URLs for permalinks, feeds and citations, built from the request's own host.</summary>
public static class PublicUrls
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Statement(HttpRequest request, string publicId) => $"{Base(request)}/s/{Uri.EscapeDataString(publicId)}";

    public static string Quote(HttpRequest request, string publicId) => $"{Base(request)}/q/{Uri.EscapeDataString(publicId)}";

    public static string Demand(HttpRequest request, string publicId) => $"{Base(request)}/d/{Uri.EscapeDataString(publicId)}";
}
