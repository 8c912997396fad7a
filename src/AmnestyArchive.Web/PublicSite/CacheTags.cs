namespace AmnestyArchive.Web.PublicSite;

/// <summary>
/// Output-cache tags. A page tags itself with every entity it shows, so that a change evicts
/// exactly the pages that show the changed entity (ADR 0007).
/// </summary>
public static class CacheTags
{
    /// <summary>Every public page: the big hammer, used when a notification is too long to list tags.</summary>
    public const string All = "public";

    /// <summary>Pages that list many statements: home, browse lists, search, feeds, sitemap.</summary>
    public const string Lists = "lists";

    public static string Statement(string publicId) => "s:" + publicId;
    public static string Person(string slug) => "person:" + slug;
    public static string Instrument(string slug) => "instrument:" + slug;
    public static string Actor(string slug) => "actor:" + slug;
    public static string Tag(string vocabulary, string slug) => "tag:" + vocabulary + "/" + slug;
    public static string Country(string code) => "country:" + code.Trim().ToLowerInvariant();

    /// <summary>Adds tags to the current response's cache entry, when output caching handles it.</summary>
    public static void Add(HttpContext context, params IEnumerable<string> tags)
    {
        var feature = context.Features.Get<Microsoft.AspNetCore.OutputCaching.IOutputCacheFeature>();
        if (feature is null)
        {
            return;
        }

        foreach (var tag in tags)
        {
            feature.Context.Tags.Add(tag);
        }
    }
}
