using Microsoft.AspNetCore.WebUtilities;

namespace AmnestyArchive.Web.PublicSite;

/// <summary>Page numbers for lists, and links that keep the rest of the query string.</summary>
public sealed record Paging(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const int DefaultSize = 20;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
    public int Skip => (Page - 1) * PageSize;

    public string Href(int page)
    {
        var query = Query.Where(kv => kv.Key != "page" && !string.IsNullOrEmpty(kv.Value))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(Path, query);
    }

    /// <summary>
    /// The <c>page</c> query parameter. Read from the query string itself: in Razor Pages a bound
    /// <c>page</c> parameter would get the route value that names the page.
    /// </summary>
    public static int FromQuery(HttpRequest request) =>
        Clamp(int.TryParse(request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null);

    public static int Clamp(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 10_000);

    public static Paging For(HttpRequest request, int page, int total, int pageSize = DefaultSize) =>
        new(page, pageSize, total, request.Path, request.Query.ToDictionary(kv => kv.Key, kv => (string?)kv.Value.ToString()));
}
